package dev.mizan.ir.build;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.jwt.JwtFunctions;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.ParamDescriptor;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The error codes a function can produce, by the rules of docs/ir.md. */
final class ErrorCodes {

    private ErrorCodes() {}

    static List<String> of(FunctionDescriptor f) {
        Set<ErrorCode> codes = EnumSet.of(
                ErrorCode.BAD_REQUEST,
                ErrorCode.INTERNAL_ERROR,
                ErrorCode.NOT_FOUND,
                ErrorCode.PAYLOAD_TOO_LARGE,
                ErrorCode.NOT_IMPLEMENTED);
        if (f.isMutation() || constrained(f)) {
            codes.add(ErrorCode.VALIDATION_FAILED);
        }
        if (f.isGuarded()) {
            codes.add(ErrorCode.UNAUTHORIZED);
            codes.add(ErrorCode.FORBIDDEN);
        }
        if (f.isMutation()) {
            codes.add(ErrorCode.FORBIDDEN);
        }
        if (JwtFunctions.isBuiltIn(f)) {
            // public, yet they refuse credentials (401) and rate-limit failed logins (403)
            codes.add(ErrorCode.UNAUTHORIZED);
            codes.add(ErrorCode.FORBIDDEN);
        }
        return codes.stream().map(Enum::name).sorted().toList();
    }

    private static boolean constrained(FunctionDescriptor f) {
        Parameter[] parameters = f.method().getParameters();
        for (ParamDescriptor p : f.inputs()) {
            Parameter parameter = parameters[p.index()];
            if (constraining(parameter.getAnnotations())
                    || constraining(parameter.getAnnotatedType().getAnnotations())) {
                return true;
            }
        }
        return false;
    }

    private static boolean constraining(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType() == Valid.class || a.annotationType().isAnnotationPresent(Constraint.class)) {
                return true;
            }
        }
        return false;
    }
}
