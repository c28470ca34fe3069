package dev.mizan.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.jpa.Cards.CommentLine;
import dev.mizan.jpa.Cards.PersonCard;
import dev.mizan.jpa.Cards.TagChip;
import dev.mizan.jpa.Cards.TaskCard;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a shape list must do on every database; run on H2 and on a real PostgreSQL. */
abstract class ShapeListContract {

    static final int TASKS = 10_000;

    abstract Database db();

    abstract Shapes shapes();

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 10_000})
    void a_list_with_a_to_one_and_two_to_many_runs_three_statements_whatever_the_row_count(int rows) {
        db().reset();
        List<TaskCard> cards = shapes().list(TaskCard.class, Where.none(), Sort.none(), Page.first(rows));
        assertThat(cards).hasSize(rows);
        assertThat(db().statements()).as(String.join("\n", Database.STATEMENTS)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 10_000})
    void the_records_equal_those_built_from_entities(int rows) {
        List<TaskCard> shaped = shapes().list(TaskCard.class, Where.none(), Sort.none(), Page.first(rows));
        assertThat(shaped).isEqualTo(naive(rows));
    }

    @Test
    void the_statements_select_exactly_the_shapes_columns() {
        db().reset();
        shapes().list(TaskCard.class, Where.none(), Sort.none(), Page.first(10));
        List<String> sql = Database.STATEMENTS;
        assertThat(sql).hasSize(3);
        // Root: the card's columns, the assignee's (path and nested shape), the id keying the collections, the count.
        assertThat(columns(sql.get(0)))
                .containsExactlyInAnyOrder(
                        "task.id",
                        "task.title",
                        "task.status",
                        "task.due",
                        "task.priority",
                        "person.name",
                        "person.id",
                        "count");
        // Comments keyed by their task's id (the foreign key of the to-one that maps them: no join of
        // the task), the line's columns and its author's name (a to-one path).
        assertThat(columns(sql.get(1)))
                .containsExactlyInAnyOrder("comment.task_id", "comment.id", "comment.body", "person.name");
        // Tags keyed by task id: only the label.
        assertThat(columns(sql.get(2))).containsExactlyInAnyOrder("task.id", "tag.label");
        assertThat(String.join("\n", sql)).doesNotContain("description", "email");
    }

    @Test
    void filters_sorting_and_paging_apply_to_the_root_rows() {
        List<TaskCard> open = shapes().list(
                        TaskCard.class,
                        Where.parse(Map.of("status", "OPEN", "priority", "gte:5", "title", "like:TASK 99")),
                        Sort.parse("-title"),
                        Page.of(1, 3));
        List<TaskCard> all = naive(TASKS).stream()
                .filter(c -> c.status() == Board.Status.OPEN
                        && c.priority() >= 5
                        && c.title().contains("task 99"))
                .sorted(Comparator.comparing(TaskCard::title).reversed().thenComparing(TaskCard::id))
                .toList();
        assertThat(open).isEqualTo(all.subList(3, 6));
    }

    @Test
    void a_filter_through_a_to_one_path_and_on_null() {
        List<TaskCard> unassigned = shapes().list(
                        TaskCard.class, Where.parse(Map.of("assigneeName", "null:")), Sort.none(), Page.first(10));
        assertThat(unassigned)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.assignee()).isNull());
        List<TaskCard> byName = shapes().list(
                        TaskCard.class, Where.parse(Map.of("assigneeName", "person 7")), Sort.none(), Page.first(10));
        assertThat(byName)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.assignee()).isEqualTo(new PersonCard(7L, "person 7")));
    }

    @Test
    void a_bounded_recursive_shape_is_read_one_statement_per_level() {
        db().reset();
        List<Cards.TaskTree> trees = shapes().list(Cards.TaskTree.class, Where.none(), Sort.none(), Page.first(100));
        assertThat(db().statements()).isEqualTo(3);
        Cards.TaskTree ninth = trees.get(9);
        assertThat(ninth.subtasks()).hasSize(1);
        assertThat(ninth.subtasks().get(0).subtasks()).isEmpty();
        assertThat(ninth.subtasks().get(0).subtasks()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title; drop table task",
                "title desc",
                "description",
                "comments",
                "assignee",
                "commentCount,",
                "tit'le",
                "-",
                "id--",
                "1=1",
                "title,title,title,title,title,title,title,title,title",
            })
    void a_hostile_sort_is_a_bad_request(String sort) {
        assertBadRequest(() -> shapes().list(TaskCard.class, Where.none(), Sort.parse(sort), Page.first(5)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "description=x",
                "email=x",
                "priority=1 or 1=1",
                "priority=gt:abc",
                "status=BROKEN",
                "due=lt:yesterday",
                "comments=x",
                "assignee=x",
                "status=like:OP",
                "ti tle=x",
                "priority=like:1",
            })
    void a_hostile_filter_is_a_bad_request(String filter) {
        String[] kv = filter.split("=", 2);
        assertBadRequest(
                () -> shapes().list(TaskCard.class, Where.parse(Map.of(kv[0], kv[1])), Sort.none(), Page.first(5)));
    }

    @Test
    void injection_in_a_filter_value_is_only_ever_a_value() {
        List<TaskCard> none = shapes().list(
                        TaskCard.class,
                        Where.parse(Map.of("title", "x' or '1'='1", "assigneeName", "like:%' or 1=1 --")),
                        Sort.none(),
                        Page.first(5));
        assertThat(none).isEmpty();
        List<TaskCard> percent =
                shapes().list(TaskCard.class, Where.parse(Map.of("title", "like:%")), Sort.none(), Page.first(5));
        assertThat(percent).isEmpty();
    }

    @Test
    void server_scopes_narrow_the_rows_by_entity_paths_outside_the_shape_also_through_a_to_many() {
        List<TaskCard> all = shapes().list(TaskCard.class, Where.none(), Sort.none(), Page.first(TASKS));
        db().reset();
        List<TaskCard> scoped = shapes().list(
                        TaskCard.class,
                        Where.parse(Map.of("status", "OPEN"))
                                .and("assignee.email", "p7@example.test")
                                .and("tags.label", "tag 3"),
                        Sort.none(),
                        Page.first(TASKS));
        assertThat(db().statements()).isEqualTo(3);
        assertThat(scoped)
                .isNotEmpty()
                .isEqualTo(all.stream()
                        .filter(c -> c.status() == Board.Status.OPEN
                                && c.assignee() != null
                                && c.assignee().id() == 7L
                                && c.tags().contains(new TagChip("tag 3")))
                        .toList());
    }

    @Test
    void a_wrong_scope_is_a_programming_error_before_any_statement() {
        db().reset();
        assertThatThrownBy(() ->
                        shapes().list(TaskCard.class, Where.none().and("tags.nope", "x"), Sort.none(), Page.first(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope' names no attribute of Tag");
        assertThatThrownBy(() ->
                        shapes().list(TaskCard.class, Where.none().and("priority", "high"), Sort.none(), Page.first(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot equal an attribute of type int");
        assertThatThrownBy(() ->
                        shapes().list(TaskCard.class, Where.none().and("assignee", 7L), Sort.none(), Page.first(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends on a basic attribute");
        assertThat(db().statements()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, Page.MAX_SIZE + 1})
    void an_out_of_range_page_is_a_bad_request(int size) {
        assertBadRequest(() -> Page.of(size < 0 ? -1 : 0, size < 0 ? 10 : size));
    }

    private static void assertBadRequest(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        MizanException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
    }

    /** The reference: the same cards built by walking entities (default fetching). */
    List<TaskCard> naive(int rows) {
        EntityManager em = db().emf().createEntityManager();
        try {
            List<Board.Task> tasks = em.createQuery("select t from Task t order by t.id", Board.Task.class)
                    .setMaxResults(rows)
                    .getResultList();
            return tasks.stream()
                    .map(t -> new TaskCard(
                            t.id,
                            t.title,
                            t.status,
                            t.due,
                            t.priority,
                            t.assignee == null ? null : t.assignee.name,
                            t.assignee == null ? null : new PersonCard(t.assignee.id, t.assignee.name),
                            t.comments.stream()
                                    .sorted(Comparator.comparing(c -> c.id))
                                    .map(c -> new CommentLine(c.id, c.body, c.author == null ? null : c.author.name))
                                    .toList(),
                            t.tags.stream()
                                    .sorted(Comparator.comparing(g -> g.id))
                                    .map(g -> new TagChip(g.label))
                                    .toList(),
                            t.comments.size()))
                    .toList();
        } finally {
            em.close();
        }
    }

    private static final Pattern ALIAS =
            Pattern.compile("\\b(?:from|join)\\s+(\\w+)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** The select list of a statement as table.column ("count" for a counting subquery). */
    static List<String> columns(String sql) {
        Map<String, String> tables = new java.util.HashMap<>();
        Matcher m = ALIAS.matcher(sql);
        while (m.find()) {
            tables.putIfAbsent(m.group(2), m.group(1));
        }
        String list = sql.substring("select ".length(), topLevelFrom(sql));
        return splitTopLevel(list).stream()
                .map(String::strip)
                .map(c -> {
                    if (c.startsWith("(")) {
                        return "count";
                    }
                    String[] parts = c.split("\\.");
                    return tables.get(parts[0]) + "." + parts[1];
                })
                .toList();
    }

    private static int topLevelFrom(String sql) {
        int depth = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth == 0 && sql.startsWith(" from ", i)) {
                return i;
            }
        }
        throw new IllegalArgumentException(sql);
    }

    private static List<String> splitTopLevel(String list) {
        List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth == 0 && ch == ',') {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }
}
