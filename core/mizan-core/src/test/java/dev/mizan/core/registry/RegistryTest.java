package dev.mizan.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Auth;
import dev.mizan.core.ContextScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private static Registry board() {
        return Registry.builder().add(Fixtures.Board.class).build();
    }

    @Test
    void names_functions_in_snake_case_unless_named_explicitly() {
        assertThat(board().functionsByName().keySet())
                .containsExactly(
                        "create_task", "find_task", "latest_task", "project_details", "project_tasks", "whoami");
        assertThat(Names.snakeCase("loadHTTPStatus")).isEqualTo("load_http_status");
        assertThat(Names.snakeCase("loadV2Data")).isEqualTo("load_v2_data");
    }

    @Test
    void marks_injected_and_optional_parameters() {
        FunctionDescriptor tasks = board().function("project_tasks");
        assertThat(tasks.params())
                .extracting(ParamDescriptor::name, ParamDescriptor::optional, ParamDescriptor::injected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("projectId", false, false),
                        org.assertj.core.groups.Tuple.tuple("filter", true, false),
                        org.assertj.core.groups.Tuple.tuple("request", false, true));
        assertThat(tasks.inputs()).extracting(ParamDescriptor::name).containsExactly("projectId", "filter");
        FunctionDescriptor find = board().function("find_task");
        assertThat(find.params().getFirst().optional()).isTrue();
        assertThat(find.outputNullable()).isTrue();
    }

    @Test
    void builds_contexts_with_union_params_required_only_when_every_member_takes_them() {
        ContextDescriptor project = board().context("project");
        assertThat(project.members()).containsExactly("latest_task", "project_details", "project_tasks");
        assertThat(project.rev()).isEqualTo(4);
        assertThat(project.params())
                .containsExactly(
                        new ContextParam("filter", String.class, false, List.of("project_tasks")),
                        new ContextParam(
                                "projectId",
                                long.class,
                                true,
                                List.of("latest_task", "project_details", "project_tasks")));
        assertThat(project.requiredParams()).containsExactly("projectId");
    }

    @Test
    void resolves_affects_to_contexts_and_single_members_and_merge_to_the_matching_slot() {
        FunctionDescriptor create = board().function("create_task");
        assertThat(create.affects())
                .containsExactly(new AffectsTarget("project", null), new AffectsTarget("project", "project_tasks"));
        assertThat(create.merge()).containsExactly(new MergeTarget("project", "latest_task"));
        assertThat(create.isMutation()).isTrue();
    }

    @Test
    void discovers_client_classes_in_packages() {
        assertThat(Discovery.clientClasses(getClass().getClassLoader(), "dev.mizan.core.registry"))
                .contains(Fixtures.Board.class, Fixtures.Broken.class)
                .doesNotContain(RegistryTest.class);
        Registry scanned = Registry.builder()
                .scan(getClass().getClassLoader(), "dev.mizan.core.dispatch")
                .build();
        assertThat(scanned.function("add_item")).isNotNull();
    }

    @Test
    void applies_the_default_auth_level() {
        Registry secure = Registry.builder()
                .defaultAuth(Auth.REQUIRED)
                .add(Fixtures.Board.class)
                .build();
        assertThat(secure.function("project_details").auth()).isEqualTo(Auth.REQUIRED);
        assertThat(board().function("project_details").auth()).isEqualTo(Auth.PUBLIC);
        assertThat(board().function("whoami").auth()).isEqualTo(Auth.REQUIRED);
        assertThat(board().function("whoami").isGuarded()).isTrue();
    }

    @Test
    void summarises_functions_contexts_auth_levels_and_the_default_in_one_line() {
        Registry secure = Registry.builder()
                .defaultAuth(Auth.REQUIRED, "Spring Security is configured")
                .add(Fixtures.Board.class)
                .build();
        String levels = java.util.Arrays.stream(Auth.values())
                .map(level -> Map.entry(
                        level,
                        secure.functions().stream()
                                .filter(f -> f.auth() == level)
                                .count()))
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(levels).contains("required");
        assertThat(secure.summary())
                .isEqualTo(secure.functions().size() + " functions in "
                        + secure.contexts().size() + " contexts; auth: " + levels
                        + "; undeclared auth is required (Spring Security is configured)");
        assertThat(board().summary()).endsWith("; undeclared auth is public");
        assertThat(secure.defaultAuth()).isEqualTo(Auth.REQUIRED);
    }

    @Test
    void says_one_context_and_one_function_in_the_singular() {
        Registry one = Registry.builder().add(Fixtures.Single.class).build();
        assertThat(one.summary()).isEqualTo("1 function in 1 context; auth: 1 public; undeclared auth is public");
    }

    @Test
    void rejects_duplicate_function_names_naming_both_methods() {
        assertThatThrownBy(() -> Registry.builder()
                        .add(Fixtures.Board.class)
                        .add(Fixtures.Duplicates.class)
                        .build())
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("Fixtures$Duplicates#clash: duplicate function name 'project_details'")
                .hasMessageContaining("Fixtures$Board#projectDetails");
    }

    @Test
    void reports_every_problem_together_each_naming_its_method() {
        RegistryException e = catchRegistry(Fixtures.Board.class, Fixtures.Broken.class);
        assertThat(e.problems())
                .extracting(p -> p.source().substring(p.source().indexOf('#') + 1))
                .contains(
                        "unknownAffects",
                        "unknownMerge",
                        "noSlot",
                        "globalWithParams",
                        "takesStream",
                        "takesSupplier",
                        "takesInterface",
                        "returnsFuture",
                        "takesTypeVariable");
        assertThat(e.getMessage())
                .contains("affects unknown context or context function 'nowhere'")
                .contains("merges into unknown context 'missing'")
                .contains("merges into context 'project' but no member returns java.lang.String")
                .contains("a member of the 'global' context cannot take parameters, but takes [page]")
                .contains("parameter 'lines' has an unsupported type")
                .contains("a functional interface")
                .contains("unsupported return type");
    }

    @Test
    void checks_types_with_the_wire_type_model_when_given_a_mapper() {
        RegistryBuilder builder = Registry.builder()
                .checkTypes(tools.jackson.databind.json.JsonMapper.builder().build())
                .add(Fixtures.Board.class)
                .add(Fixtures.Broken.class);
        try {
            builder.build();
            throw new AssertionError("expected a RegistryException");
        } catch (RegistryException e) {
            assertThat(e.problems())
                    .extracting(p -> p.source().substring(p.source().indexOf('#') + 1))
                    .contains("takesStream", "takesSupplier", "returnsFuture", "unknownAffects");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotStartWith(p.source()));
        }
        assertThat(Registry.builder()
                        .checkTypes(
                                tools.jackson.databind.json.JsonMapper.builder().build())
                        .add(Fixtures.Board.class)
                        .build()
                        .functions())
                .hasSize(6);
    }

    @Test
    void rejects_a_merge_with_two_structurally_matching_slots() {
        RegistryException e = catchRegistry(Fixtures.TwoSlots.class);
        assertThat(e.getMessage()).contains("Fixtures$TwoSlots#save: merges into context 'pair' but several members");
    }

    @Test
    void rejects_context_params_of_the_same_name_with_different_types() {
        RegistryException e = catchRegistry(Fixtures.ConflictingParams.class);
        assertThat(e.getMessage()).contains("context 'mixed' param 'id' has type java.lang.String here but long");
    }

    @Test
    void takes_a_context_scope_from_the_members_that_declare_one_and_class_otherwise() {
        Registry registry = Registry.builder().add(Fixtures.Scoped.class).build();
        assertThat(registry.context("me").scope()).isEqualTo(ContextScope.USER);
        assertThat(registry.context("site").scope()).isEqualTo(ContextScope.PUBLIC);
        assertThat(registry.context("board").scope()).isEqualTo(ContextScope.CLASS);
    }

    @Test
    void rejects_members_of_one_context_declaring_different_scopes_naming_the_methods() {
        RegistryException e = catchRegistry(Fixtures.DisagreeingScopes.class);
        assertThat(e.getMessage())
                .contains("context 'mixed' members declare different scopes")
                .contains("Fixtures$DisagreeingScopes#mine scope user")
                .contains("Fixtures$DisagreeingScopes#everyones scope public")
                .doesNotContain("#unsaid scope")
                .contains("Fixtures$DisagreeingScopes#loose: declares scope user but belongs to no context")
                .contains("Fixtures$DisagreeingScopes#twice: declares several scopes [USER, CLASS]");
    }

    @Test
    void a_context_is_live_when_one_member_declares_it() {
        Registry registry = Registry.builder().add(Fixtures.Live.class).build();
        assertThat(registry.context("board").live()).isTrue();
        assertThat(registry.context("archive").live()).isFalse();
        RegistryException e = catchRegistry(Fixtures.LooseLive.class);
        assertThat(e.getMessage()).contains("Fixtures$LooseLive#ping: declares live but belongs to no context");
    }

    @Test
    void reads_the_cache_ttl_of_cached_members() {
        Registry registry = Registry.builder().add(Fixtures.CachedMembers.class).build();
        assertThat(registry.function("item").cacheTtl()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(registry.function("price").cacheTtl()).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(registry.function("note").isCached()).isFalse();
    }

    @Test
    void rejects_bad_cache_ttls_and_caches_outside_contexts_naming_the_methods() {
        RegistryException e = catchRegistry(Fixtures.BadCache.class);
        assertThat(e.getMessage())
                .contains("Fixtures$BadCache#words: cache ttl '5 minutes' is not a positive whole number")
                .contains("Fixtures$BadCache#zero: cache ttl '0s'")
                .contains("Fixtures$BadCache#outside: declares a cache but belongs to no context");
    }

    private static RegistryException catchRegistry(Class<?>... classes) {
        RegistryBuilder builder = Registry.builder();
        for (Class<?> c : classes) {
            builder.add(c);
        }
        try {
            builder.build();
        } catch (RegistryException e) {
            return e;
        }
        throw new AssertionError("expected a RegistryException");
    }
}
