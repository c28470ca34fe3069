package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.ir.model.IrChannel;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrParam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The generated client of the IR's live channels: {@code channels.ts} (a params type, {@code
 * joinX} and, where clients may publish, {@code publishX} per channel, over the kernel's channel
 * entry point) and, per framework target, {@code react-channels.ts}, {@code vue-channels.ts} or
 * {@code svelte-channels.ts} ({@code useXChannel(params, onMessage)} over the binding's
 * {@code useChannel}, returning a typed publish). Rendered only when the IR has channels.
 */
final class ChannelViews {

    private final List<IrChannel> channels;
    private final TsTypes ts;

    ChannelViews(IrDocument ir, TsTypes ts) {
        this.channels = ir.channels().stream()
                .sorted(Comparator.comparing(IrChannel::name))
                .toList();
        this.ts = ts;
    }

    boolean isEmpty() {
        return channels.isEmpty();
    }

    /** {@code channels.ts}. */
    String channelsFile() {
        TsTypes.Uses uses = TsTypes.Uses.create();
        StringBuilder body = new StringBuilder();
        for (IrChannel c : channels) {
            String pascal = TsNames.pascal(c.name());
            String message = ts.render(c.message(), uses);
            body.append('\n');
            doc(
                    body,
                    c.doc() == null ? "" : c.doc(),
                    "Params of the `" + c.name() + "` channel: one instance per params.");
            body.append("export interface ").append(pascal).append("ChannelParams {");
            if (c.params().isEmpty()) {
                body.append("}\n");
            } else {
                body.append('\n');
                for (IrParam p : sorted(c.params())) {
                    body.append("  readonly ")
                            .append(TsNames.propertyKey(p.name()))
                            .append(p.optional() ? "?: " : ": ")
                            .append(ts.render(p.type(), uses))
                            .append('\n');
                }
                body.append("}\n");
            }
            body.append("\n/** The message type of the `").append(c.name()).append("` channel. */\n");
            body.append("export type ")
                    .append(pascal)
                    .append("Message = ")
                    .append(message)
                    .append('\n');
            body.append("\n/**\n * Joins the `")
                    .append(c.name())
                    .append("` channel instance of `params` (")
                    .append(c.auth().wireName())
                    .append(") and calls `onMessage` with each message; returns the leave.\n */\n");
            body.append("export function join")
                    .append(pascal)
                    .append("(\n  params: ")
                    .append(pascal)
                    .append("ChannelParams,\n  onMessage: (message: ")
                    .append(pascal)
                    .append("Message, params: ")
                    .append(pascal)
                    .append("ChannelParams) => void,\n  client: MizanClient = mizanClient(),\n): () => void {\n")
                    .append("  return joinChannel(client, '")
                    .append(c.name())
                    .append("', { ...params }, (message, p) => onMessage(message as ")
                    .append(pascal)
                    .append("Message, p as unknown as ")
                    .append(pascal)
                    .append("ChannelParams))\n}\n");
            if (c.clientPublish()) {
                body.append("\n/** Publishes a message on the `")
                        .append(c.name())
                        .append("` channel instance of `params`; rejects with the server's MizanError. */\n");
                body.append("export function publish")
                        .append(pascal)
                        .append("(\n  params: ")
                        .append(pascal)
                        .append("ChannelParams,\n  message: ")
                        .append(pascal)
                        .append("Message,\n  client: MizanClient = mizanClient(),\n): Promise<void> {\n")
                        .append("  return publish(client, '")
                        .append(c.name())
                        .append("', { ...params }, message)\n}\n");
            }
        }
        StringBuilder out = new StringBuilder(GeneratedFile.HEADER).append("\n\n");
        out.append("import { joinChannel, publish } from '@mizan/base/channels'\n");
        List<String> kernel = new ArrayList<>(uses.kernel());
        kernel.add("MizanClient");
        out.append("import type { ")
                .append(String.join(", ", kernel.stream().sorted().toList()))
                .append(" } from '@mizan/base'\n");
        out.append("import { mizanClient } from './runtime'\n");
        if (!uses.types().isEmpty()) {
            out.append("import type { ").append(String.join(", ", uses.types())).append(" } from './types'\n");
        }
        return out.append(body).toString();
    }

    /** {@code react-channels.ts}: params as a plain object. */
    String reactFile() {
        return bindingFile("@mizan/react/channels", "", "", "while the component is mounted");
    }

    /** {@code vue-channels.ts}: params as a plain object, a ref or a getter. */
    String vueFile() {
        return bindingFile(
                "@mizan/vue/channels",
                "MaybeRefOrGetter<",
                ">",
                "while the component (or effect scope) lives, following changed params,");
    }

    /** {@code svelte-channels.ts}: params as a getter, read in an effect. */
    String svelteFile() {
        return bindingFile(
                "@mizan/svelte/channels", "() => ", "", "while the component lives, following changed params,");
    }

    /**
     * One {@code useXChannel(params, onMessage)} per channel over a binding's {@code useChannel};
     * {@code before}/{@code after} wrap the params type as that binding takes it.
     */
    private String bindingFile(String module, String before, String after, String lifetime) {
        StringBuilder body = new StringBuilder();
        List<String> types = new ArrayList<>();
        for (IrChannel c : channels) {
            String pascal = TsNames.pascal(c.name());
            String params = pascal + "ChannelParams";
            types.add(params);
            types.add(pascal + "Message");
            body.append("\n/**\n * Joins the `")
                    .append(c.name())
                    .append("` channel instance of `params` ")
                    .append(lifetime)
                    .append(" and calls\n * `onMessage` with each message")
                    .append(c.clientPublish() ? "; returns the publish of that instance.\n" : ".\n")
                    .append(" */\n");
            body.append("export function use")
                    .append(pascal)
                    .append("Channel(\n  params: ")
                    .append(before)
                    .append(params)
                    .append(after)
                    .append(",\n  onMessage?: (message: ")
                    .append(pascal)
                    .append("Message, params: ")
                    .append(params)
                    .append(") => void,\n): ")
                    .append(c.clientPublish() ? "(message: " + pascal + "Message) => Promise<void>" : "void")
                    .append(" {\n  ")
                    .append(c.clientPublish() ? "return " : "")
                    .append("useChannel<")
                    .append(pascal)
                    .append("Message, ")
                    .append(params)
                    .append(" & Params>('")
                    .append(c.name())
                    .append("', params as ")
                    .append(before)
                    .append(params)
                    .append(" & Params")
                    .append(after)
                    .append(", onMessage)\n}\n");
        }
        StringBuilder out = new StringBuilder(GeneratedFile.HEADER).append("\n\n");
        out.append("import type { Params } from '@mizan/base'\n");
        if (module.startsWith("@mizan/vue")) {
            out.append("import type { MaybeRefOrGetter } from 'vue'\n");
        }
        out.append("import { useChannel } from '").append(module).append("'\n");
        out.append("import type { ")
                .append(String.join(", ", types.stream().sorted().toList()))
                .append(" } from './channels'\n");
        return out.append(body).toString();
    }

    private static List<IrParam> sorted(List<IrParam> params) {
        return params.stream().sorted(Comparator.comparing(IrParam::name)).toList();
    }

    private static void doc(StringBuilder out, String doc, String fallback) {
        for (String line : Docs.of(List.of(doc.isBlank() ? fallback : doc)).lines()) {
            out.append(line).append('\n');
        }
    }
}
