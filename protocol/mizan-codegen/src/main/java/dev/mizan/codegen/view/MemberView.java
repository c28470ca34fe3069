package dev.mizan.codegen.view;

/**
 * One member function of a context: a slot of its data.
 *
 * @param key the property key of the slot in the context data
 * @param access optional-chained access to the slot ({@code ?.project_details})
 * @param type the slot's TypeScript type
 * @param hook the name of the hook returning the slot ({@code useProjectDetails})
 * @param doc the TSDoc of that hook
 */
public record MemberView(String key, String access, String type, String hook, DocView doc) {}
