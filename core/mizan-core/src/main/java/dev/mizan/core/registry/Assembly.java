package dev.mizan.core.registry;

import dev.mizan.core.ContextScope;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Groups declared functions into contexts and resolves {@code affects} and {@code merge}. */
final class Assembly {

    private final Map<String, Declared> byName;
    private final List<Declared> all;
    private final Consumer<Problem> problems;
    private final Map<String, List<Declared>> membersByContext = new TreeMap<>();

    /** {@code byName} holds the first function of each name; {@code all} also holds duplicates, checked too. */
    Assembly(Map<String, Declared> byName, List<Declared> all, Consumer<Problem> problems) {
        this.byName = byName;
        this.all = all;
        this.problems = problems;
        for (Declared d : byName.values()) {
            if (d.context() != null) {
                membersByContext
                        .computeIfAbsent(d.context(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        membersByContext.values().forEach(list -> list.sort(java.util.Comparator.comparing(Declared::name)));
    }

    List<ContextDescriptor> contexts() {
        List<ContextDescriptor> out = new ArrayList<>();
        membersByContext.forEach((name, members) -> out.add(context(name, members)));
        return out;
    }

    private ContextDescriptor context(String name, List<Declared> members) {
        Map<String, List<Declared>> takers = new TreeMap<>();
        Map<String, ParamDescriptor> firstSeen = new TreeMap<>();
        for (Declared member : members) {
            for (ParamDescriptor p : member.params()) {
                if (p.injected()) {
                    continue;
                }
                ParamDescriptor first = firstSeen.putIfAbsent(p.name(), p);
                if (first != null && !first.type().equals(p.type())) {
                    Declared firstMember = takers.get(p.name()).getFirst();
                    problems.accept(new Problem(
                            member.source(),
                            "context '" + name + "' param '" + p.name() + "' has type "
                                    + p.type().getTypeName() + " here but "
                                    + first.type().getTypeName() + " in " + firstMember.source()));
                }
                takers.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(member);
            }
        }
        List<ContextParam> params = new ArrayList<>();
        takers.forEach((paramName, list) -> {
            boolean everyMember = list.size() == members.size();
            boolean noneOptional =
                    list.stream().allMatch(d -> !param(d, paramName).optional());
            List<String> sharedBy = list.stream().map(Declared::name).sorted().toList();
            params.add(new ContextParam(
                    paramName, firstSeen.get(paramName).type(), everyMember && noneOptional, sharedBy));
        });
        int rev = members.stream().mapToInt(Declared::rev).sum();
        return new ContextDescriptor(
                name,
                members.stream().map(Declared::name).toList(),
                params,
                rev,
                scope(name, members),
                members.stream().anyMatch(Declared::live));
    }

    /** The one scope the members declare; {@code CLASS} when none does; a problem when they disagree. */
    private ContextScope scope(String name, List<Declared> members) {
        List<Declared> declaring =
                members.stream().filter(m -> m.scope() != null).toList();
        if (declaring.isEmpty()) {
            return ContextScope.CLASS;
        }
        ContextScope first = declaring.getFirst().scope();
        if (declaring.stream().anyMatch(m -> m.scope() != first)) {
            String each = declaring.stream()
                    .map(m -> m.source() + " scope " + m.scope().wireName())
                    .collect(java.util.stream.Collectors.joining(", "));
            report(
                    declaring.getFirst(),
                    "context '" + name + "' members declare different scopes (" + each
                            + "); declare one scope, on one member or on all alike");
        }
        return first;
    }

    private static ParamDescriptor param(Declared d, String name) {
        return d.params().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    List<FunctionDescriptor> functions(List<ContextDescriptor> contexts) {
        List<FunctionDescriptor> out = new ArrayList<>();
        for (Declared d : all) {
            FunctionDescriptor resolved = d.resolve(affects(d), merge(d));
            if (byName.get(d.name()) == d) {
                out.add(resolved);
            }
        }
        return out;
    }

    private List<AffectsTarget> affects(Declared d) {
        List<AffectsTarget> out = new ArrayList<>();
        for (String target : d.affects()) {
            if (membersByContext.containsKey(target)) {
                out.add(new AffectsTarget(target, null));
                continue;
            }
            Declared fn = byName.get(target);
            if (fn != null && fn.context() != null) {
                out.add(new AffectsTarget(fn.context(), fn.name()));
            } else if (fn != null) {
                report(d, "affects '" + target + "', a function that belongs to no context");
            } else {
                report(d, "affects unknown context or context function '" + target + "'" + known());
            }
        }
        return out;
    }

    private List<MergeTarget> merge(Declared d) {
        List<MergeTarget> out = new ArrayList<>();
        for (String target : d.merge()) {
            List<Declared> members = membersByContext.get(target);
            if (members == null) {
                report(d, "merges into unknown context '" + target + "'" + known());
                continue;
            }
            List<Declared> slots = members.stream()
                    .filter(m -> Shapes.structurallyEqual(m.output(), d.output()))
                    .toList();
            Type output = d.output();
            if (slots.size() == 1) {
                out.add(new MergeTarget(target, slots.getFirst().name()));
            } else if (slots.isEmpty()) {
                report(
                        d,
                        "merges into context '" + target + "' but no member returns " + output.getTypeName()
                                + " (members: "
                                + members.stream().map(Declared::name).toList() + ")");
            } else {
                report(
                        d,
                        "merges into context '" + target + "' but several members return " + output.getTypeName() + ": "
                                + slots.stream().map(Declared::name).toList());
            }
        }
        return out;
    }

    private String known() {
        return membersByContext.isEmpty()
                ? " (no contexts are declared)"
                : " (contexts: " + membersByContext.keySet() + ")";
    }

    private void report(Declared d, String message) {
        problems.accept(new Problem(d.source(), message));
    }
}
