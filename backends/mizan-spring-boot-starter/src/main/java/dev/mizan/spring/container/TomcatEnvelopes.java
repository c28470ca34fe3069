package dev.mizan.spring.container;

import org.apache.catalina.Context;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/** Installs {@link EnvelopeErrorReportValve} as the host's error report valve. */
public final class TomcatEnvelopes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String basePath;

    public TomcatEnvelopes(String basePath) {
        this.basePath = basePath;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(this::install);
    }

    private void install(Context context) {
        if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
            host.getPipeline().addValve(new EnvelopeErrorReportValve(basePath));
        }
    }
}
