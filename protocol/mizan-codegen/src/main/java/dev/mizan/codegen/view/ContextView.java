package dev.mizan.codegen.view;

import java.util.List;

/**
 * One context as the client sees it.
 *
 * @param wireLiteral the context name as a string literal
 * @param wireName the context name
 * @param pascal the PascalCase base of every generated name ({@code Project})
 * @param descriptor the name of its descriptor constant ({@code projectContext})
 * @param rev its cache revision
 * @param live whether the client subscribes its instances over the live socket
 * @param params its params
 * @param members its member slots, sorted
 * @param errorCodes the union of its members' error codes (with {@code PAYLOAD_TOO_LARGE}: a bundle over
 *     the server's answer limit is a 413 although a {@code GET /ctx/} has no body), as literals
 *     ({@code never} when none)
 * @param fieldPaths the params a {@code VALIDATION_FAILED} answer can name, as a TypeScript type
 *     ({@code never} when no member validates)
 */
public record ContextView(
        String wireLiteral,
        String wireName,
        String pascal,
        String descriptor,
        int rev,
        boolean live,
        List<FieldView> params,
        List<MemberView> members,
        String errorCodes,
        String fieldPaths) {

    public ContextView {
        params = List.copyOf(params);
        members = List.copyOf(members);
    }

    /** True when no param is required, so {@code params} defaults to {@code {}}. */
    public boolean paramsDefault() {
        return params.stream().allMatch(FieldView::optional);
    }

    /** {@code  = {}} when the params may be left out, else empty. */
    public String paramsInitializer() {
        return paramsDefault() ? " = {}" : "";
    }

    /** {@code ProjectContext}: the provider component. */
    public String provider() {
        return pascal + "Context";
    }

    /** {@code ProjectContextParams}. */
    public String paramsType() {
        return pascal + "ContextParams";
    }

    /** {@code ProjectContextProps}. */
    public String propsType() {
        return pascal + "ContextProps";
    }

    /** {@code ProjectContextData}. */
    public String dataType() {
        return pascal + "ContextData";
    }

    /** {@code ProjectContextState}. */
    public String stateType() {
        return pascal + "ContextState";
    }

    /** {@code ProjectContextErrorCode}. */
    public String errorCodeType() {
        return pascal + "ContextErrorCode";
    }

    /** {@code ProjectContextFieldPath}. */
    public String fieldPathType() {
        return pascal + "ContextFieldPath";
    }

    /** {@code ProjectContextError}. */
    public String errorType() {
        return pascal + "ContextError";
    }

    /** {@code fetchProjectContext}. */
    public String fetchName() {
        return "fetch" + pascal + "Context";
    }

    /** {@code useProjectContext}. */
    public String hookName() {
        return "use" + pascal + "Context";
    }

    /** {@code ProjectState}: the module-private React context holding the state. */
    public String reactContext() {
        return pascal + "State";
    }
}
