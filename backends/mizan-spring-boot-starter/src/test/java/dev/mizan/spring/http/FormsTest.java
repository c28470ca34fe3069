package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.app.Forms;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Forms over HTTP: {@code submit_task.schema}, {@code submit_task.validate} and the call itself
 * (the submit), for valid, invalid, nested, list and localized input, and bad input.
 */
@TestPropertySource(properties = "mizan.reveal-guarded-names=true")
class FormsTest extends ServerTest {

    private static final String VALID = """
            {"projectId": 7, "task": {"title": "Write docs", "priority": "HIGH", "points": 3, "slug": "write-docs",
             "due": null, "owner": {"email": "ann@example.com"}, "steps": [{"title": "Outline", "minutes": 10}]}}""";

    private static final String INVALID = """
            {"projectId": 0, "task": {"title": "", "priority": "LOW", "points": 11, "slug": "Not A Slug",
             "due": "2001-01-01", "owner": {"email": "nope"},
             "steps": [{"title": "ok", "minutes": 1}, {"title": " ", "minutes": -1}]}}""";

    private Browser.Answer call(String function, String args, String language) {
        return anonymous()
                .post(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"function\": \"" + function + "\", \"args\": " + args + "}"),
                        Map.of("Accept-Language", language));
    }

    private static JsonNode field(JsonNode schema, String path) {
        for (JsonNode f : schema.get("fields")) {
            if (f.get("path").asString().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no field " + path + " in " + schema);
    }

    private static List<String> names(JsonNode field) {
        List<String> out = new ArrayList<>();
        field.get("constraints").forEach(c -> out.add(c.get("name").asString()));
        return out;
    }

    private static String message(JsonNode field, String constraint) {
        for (JsonNode c : field.get("constraints")) {
            if (c.get("name").asString().equals(constraint)) {
                return c.get("message").asString();
            }
        }
        throw new AssertionError("no " + constraint + " on " + field);
    }

    @Test
    void schema_lists_fields_types_constraints_with_params_labels_help_defaults_and_choices() {
        Browser.Answer answer = call("submit_task.schema", "{}", "en");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode schema = answer.result();
        assertThat(schema.get("function").asString()).isEqualTo("submit_task");
        assertThat(schema.get("form").asString()).isEqualTo("task");

        JsonNode title = field(schema, "task.title");
        assertThat(title.get("type").asString()).isEqualTo("string");
        assertThat(title.get("required").asBoolean()).isTrue();
        assertThat(title.get("label").asString()).isEqualTo("Title");
        assertThat(title.get("help").asString()).isEqualTo("What needs doing, in a few words");
        assertThat(names(title)).containsExactly("NotBlank", "Size", "dev.mizan.spring.app.Forms$FreeTitle");
        JsonNode size = title.get("constraints").get(1);
        assertThat(size.get("params").get("min").asInt()).isEqualTo(3);
        assertThat(size.get("params").get("max").asInt()).isEqualTo(40);
        assertThat(size.get("message").asString()).isEqualTo("size must be between 3 and 40");

        JsonNode priority = field(schema, "task.priority");
        assertThat(priority.get("type").asString()).isEqualTo("enum");
        assertThat(priority.get("choices").toString()).isEqualTo("[\"LOW\",\"NORMAL\",\"HIGH\"]");
        assertThat(priority.get("default").asString()).isEqualTo("NORMAL");
        assertThat(field(schema, "task.points").get("default").asInt()).isEqualTo(1);
        assertThat(field(schema, "task.points").get("type").asString()).isEqualTo("integer");
        assertThat(field(schema, "task.slug").get("required").asBoolean()).isFalse();
        assertThat(field(schema, "task.slug")
                        .get("constraints")
                        .get(0)
                        .get("params")
                        .get("regexp")
                        .asString())
                .isEqualTo("[a-z]+(-[a-z]+)*");
        assertThat(names(field(schema, "task.due"))).containsExactly("Future");
        assertThat(field(schema, "task.due").get("type").asString()).isEqualTo("date");
        // nested record and list of records
        assertThat(names(field(schema, "task.owner.email"))).containsExactly("Email", "NotBlank");
        assertThat(field(schema, "task.steps").get("type").asString()).isEqualTo("list");
        assertThat(names(field(schema, "task.steps[].title"))).containsExactly("NotBlank", "Size");
        assertThat(field(schema, "task.steps[].title").get("label").asString()).isEqualTo("Step");
        assertThat(names(field(schema, "task.steps[].minutes"))).containsExactly("Min");
        // other params of the function are fields too
        assertThat(names(field(schema, "projectId"))).containsExactly("Min");
    }

    @Test
    void schema_speaks_the_callers_language() {
        JsonNode schema =
                call("submit_task.schema", "{}", "de-DE,de;q=0.9,en;q=0.5").result();
        JsonNode title = field(schema, "task.title");
        assertThat(title.get("label").asString()).isEqualTo("Titel");
        assertThat(title.get("help").asString()).isEqualTo("Was zu tun ist, in wenigen Worten");
        assertThat(message(title, "Size")).isEqualTo("Größe muss zwischen 3 und 40 sein");
        assertThat(message(title, "dev.mizan.spring.app.Forms$FreeTitle")).isEqualTo("Dieser Titel ist schon vergeben");
        assertThat(message(field(schema, "task.points"), "Max")).isEqualTo("muss kleiner-gleich 10 sein");
    }

    @Test
    void validate_answers_field_errors_of_every_depth_and_never_runs_the_function() {
        int before = Forms.SUBMITTED.get();
        Browser.Answer answer = call("submit_task.validate", INVALID, "en");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode result = answer.result();
        assertThat(result.get("valid").asBoolean()).isFalse();
        JsonNode fields = result.get("fields");
        assertThat(fields.propertyNames())
                .containsExactlyInAnyOrder(
                        "projectId",
                        "task.title",
                        "task.points",
                        "task.slug",
                        "task.due",
                        "task.owner.email",
                        "task.steps[1].title",
                        "task.steps[1].minutes");
        assertThat(fields.get("task.points").get(0).asString()).isEqualTo("must be less than or equal to 10");
        assertThat(fields.get("task.due").get(0).asString()).isEqualTo("must be a future date");

        Browser.Answer ok = call("submit_task.validate", VALID, "en");
        assertThat(ok.result().get("valid").asBoolean()).isTrue();
        assertThat(ok.result().get("fields").isEmpty()).isTrue();
        assertThat(Forms.SUBMITTED.get()).isEqualTo(before);
    }

    @Test
    void validate_checks_server_only_rules_in_the_callers_language() {
        String taken = VALID.replace("Write docs", "Taken");
        assertThat(call("submit_task.validate", taken, "en")
                        .result()
                        .get("fields")
                        .get("task.title")
                        .toString())
                .isEqualTo("[\"This title is already taken\"]");
        assertThat(call("submit_task.validate", taken, "de")
                        .result()
                        .get("fields")
                        .get("task.title")
                        .toString())
                .isEqualTo("[\"Dieser Titel ist schon vergeben\"]");
        assertThat(call("submit_task.validate", INVALID, "de")
                        .result()
                        .get("fields")
                        .get("task.points")
                        .toString())
                .isEqualTo("[\"muss kleiner-gleich 10 sein\"]");
    }

    @Test
    void submit_validates_then_runs() {
        int before = Forms.SUBMITTED.get();
        Browser.Answer invalid = call("submit_task", INVALID, "de");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
        JsonNode fields = invalid.json().get("error").get("details").get("fields");
        assertThat(fields.get("task.points").toString()).isEqualTo("[\"muss kleiner-gleich 10 sein\"]");
        assertThat(fields.has("task.steps[1].title")).isTrue();
        assertThat(Forms.SUBMITTED.get()).isEqualTo(before);

        Browser.Answer ok = call("submit_task", VALID, "en");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.result().toString()).isEqualTo("{\"projectId\":7,\"title\":\"Write docs\",\"steps\":1}");
        assertThat(Forms.SUBMITTED.get()).isEqualTo(before + 1);
    }

    @Test
    void validate_and_submit_give_the_same_fields() {
        JsonNode validated =
                call("submit_task.validate", INVALID, "en").result().get("fields");
        JsonNode submitted = call("submit_task", INVALID, "en")
                .json()
                .get("error")
                .get("details")
                .get("fields");
        assertThat(validated).isEqualTo(submitted);
    }

    @Test
    void bad_input_gets_the_envelope() {
        // an unknown field of the record
        Browser.Answer unknown =
                call("submit_task.validate", VALID.replace("\"points\": 3", "\"points\": 3, \"x\": 1"), "en");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("BAD_REQUEST");
        // an unknown argument
        Browser.Answer extra =
                call("submit_task.validate", VALID.replace("{\"projectId\": 7,", "{\"projectId\": 7, \"y\": 2,"), "en");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.code()).isEqualTo("BAD_REQUEST");
        // a wrong type
        Browser.Answer wrong =
                call("submit_task.validate", VALID.replace("\"points\": 3", "\"points\": \"many\""), "en");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.code()).isEqualTo("BAD_REQUEST");
        // an enum value that is not a choice
        Browser.Answer choice = call("submit_task.validate", VALID.replace("\"HIGH\"", "\"URGENT\""), "en");
        assertThat(choice.status()).isEqualTo(400);
        assertThat(choice.code()).isEqualTo("BAD_REQUEST");
        // schema takes no arguments
        Browser.Answer schemaArgs = call("submit_task.schema", "{\"a\": 1}", "en");
        assertThat(schemaArgs.status()).isEqualTo(400);
        assertThat(schemaArgs.code()).isEqualTo("BAD_REQUEST");
        // a form call of a function that is no form, or of no function
        assertThat(call("ping.validate", "{}", "en").code()).isEqualTo("NOT_FOUND");
        assertThat(call("nothing.schema", "{}", "en").code()).isEqualTo("NOT_FOUND");
        // over the body limit (1 MB by default)
        String big = VALID.replace("Write docs", "x".repeat(1_100_000));
        Browser.Answer oversized = call("submit_task.validate", big, "en");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void schema_and_validate_pass_the_functions_guard() {
        assertThat(anonymous().call("staff_task.schema", "{}").status()).isEqualTo(401);
        assertThat(as("ann").call("staff_task.schema", "{}").status()).isEqualTo(403);
        assertThat(as("sam").call("staff_task.schema", "{}").status()).isEqualTo(200);
        String args = "{\"task\": " + VALID.substring(VALID.indexOf("{\"title\""), VALID.length() - 1) + "}";
        assertThat(anonymous().call("staff_task.validate", args).status()).isEqualTo(401);
        assertThat(as("ann").call("staff_task.validate", args).status()).isEqualTo(403);
        Browser.Answer staff = as("sam").call("staff_task.validate", args);
        assertThat(staff.status()).as(staff.text()).isEqualTo(200);
        assertThat(staff.result().get("valid").asBoolean()).isTrue();
        assertThat(as("sue").call("staff_task.validate", args).status()).isEqualTo(200);
    }
}
