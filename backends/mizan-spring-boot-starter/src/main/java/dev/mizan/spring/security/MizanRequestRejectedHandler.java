package dev.mizan.spring.security;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.spring.HttpResponses;
import dev.mizan.spring.MizanRuntime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers requests that Spring Security's firewall rejects: a BAD_REQUEST envelope on the Mizan
 * path, a bare 400 elsewhere (Spring's own default).
 */
public final class MizanRequestRejectedHandler implements RequestRejectedHandler {

    private final String basePath;
    private final ObjectProvider<MizanRuntime> runtime;

    public MizanRequestRejectedHandler(String basePath, ObjectProvider<MizanRuntime> runtime) {
        this.basePath = basePath;
        this.runtime = runtime;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith(request.getContextPath() + basePath + "/")) {
            MizanException error = new MizanException(ErrorCode.BAD_REQUEST, "The request URL was rejected", Map.of());
            HttpResponses.write(response, runtime.getObject().dispatcher().failure(error));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
