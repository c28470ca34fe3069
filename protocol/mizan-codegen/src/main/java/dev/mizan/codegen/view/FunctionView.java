package dev.mizan.codegen.view;

import java.util.List;

/**
 * One server function as the client sees it.
 *
 * @param wireLiteral the protocol name as a string literal
 * @param wireName the protocol name
 * @param pascal the PascalCase base of every generated name ({@code CreateTask})
 * @param doc the TSDoc of its call function
 * @param hookDoc the TSDoc of its hook
 * @param args the arguments
 * @param argsDefault true when every argument is optional, so {@code args} defaults to {@code {}}
 * @param result the TypeScript result type
 * @param errorCodes the error codes it can answer with, as a union of literals ({@code never} when none)
 * @param fieldPaths the input paths a {@code VALIDATION_FAILED} answer can name, as a TypeScript type
 *     ({@code never} when it cannot answer with that code)
 * @param formRules for a form (docs/forms.md), the TypeScript literal of its rules; else {@code null}
 */
public record FunctionView(
        String wireLiteral,
        String wireName,
        String pascal,
        DocView doc,
        DocView hookDoc,
        List<FieldView> args,
        boolean argsDefault,
        String result,
        String errorCodes,
        String fieldPaths,
        @org.jspecify.annotations.Nullable String formRules) {

    public FunctionView {
        args = List.copyOf(args);
    }

    /** {@code callCreateTask}. */
    public String callName() {
        return "call" + pascal;
    }

    /** {@code useCreateTask}. */
    public String hookName() {
        return "use" + pascal;
    }

    /** {@code CreateTaskArgs}. */
    public String argsType() {
        return pascal + "Args";
    }

    /** {@code CreateTaskErrorCode}. */
    public String errorCodeType() {
        return pascal + "ErrorCode";
    }

    /** {@code CreateTaskFieldPath}. */
    public String fieldPathType() {
        return pascal + "FieldPath";
    }

    /** {@code CreateTaskError}. */
    public String errorType() {
        return pascal + "Error";
    }

    /** {@code createTaskForm}: the form's descriptor. */
    public String formConst() {
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1) + "Form";
    }

    /** {@code useCreateTaskForm}. */
    public String formHook() {
        return "use" + pascal + "Form";
    }

    /** Whether the function is a form. */
    public boolean isForm() {
        return formRules != null;
    }

    /** {@code  = {}} when the arguments may be left out, else empty. */
    public String argsInitializer() {
        return argsDefault ? " = {}" : "";
    }
}
