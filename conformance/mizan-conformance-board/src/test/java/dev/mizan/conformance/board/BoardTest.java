package dev.mizan.conformance.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardTest {

    @TempDir
    Path root;

    private Board board(BoardFixture fixture) {
        return Board.of(
                Manifest.load(fixture.files().manifest()), Map.of("first", ProbeResults.read(fixture.reports())));
    }

    @Test
    void a_capability_is_proven_only_when_every_probe_passed() {
        BoardFixture fixture = new BoardFixture(root)
                .report(
                        "dev.mizan.conformance.suite.CallProbe",
                        Map.of("returns_result", "pass", "rejects_unknown_function", "fail"))
                .report("dev.mizan.conformance.suite.MergeProbe", Map.of("splices_slot", "pass"));

        Board board = board(fixture);

        assertThat(board.status("first", "rpc-call").proven()).isFalse();
        assertThat(board.status("first", "rpc-call").failed()).containsExactly("CallProbe#rejects_unknown_function");
        assertThat(board.status("first", "merge").proven()).isTrue();
        assertThat(board.provenIds("first")).containsExactly("merge");
    }

    @Test
    void a_capability_without_probes_is_owed() {
        BoardFixture fixture =
                new BoardFixture(root).report("dev.mizan.conformance.suite.MergeProbe", Map.of("splices_slot", "pass"));

        assertThat(board(fixture).status("first", "mwt").proven()).isFalse();
        assertThat(board(fixture).status("first", "mwt").reason()).isEqualTo("no probe");
    }

    @Test
    void a_probe_that_did_not_run_leaves_its_capability_owed() {
        BoardFixture fixture = new BoardFixture(root)
                .report("dev.mizan.conformance.suite.CallProbe", Map.of("returns_result", "pass"));

        assertThat(board(fixture).status("first", "rpc-call").proven()).isFalse();
        assertThat(board(fixture).status("first", "rpc-call").missing())
                .containsExactly("CallProbe#rejects_unknown_function");
    }

    @Test
    void skipped_and_erroring_probes_prove_nothing() {
        BoardFixture fixture = new BoardFixture(root)
                .report(
                        "dev.mizan.conformance.suite.CallProbe",
                        Map.of("returns_result", "skip", "rejects_unknown_function", "pass"))
                .report("dev.mizan.conformance.suite.MergeProbe", Map.of("splices_slot", "error"));

        assertThat(board(fixture).provenIds("first")).isEmpty();
    }

    @Test
    void parameterized_invocations_count_as_one_probe_that_passes_only_if_all_pass() {
        BoardFixture fixture = new BoardFixture(root)
                .report(
                        "dev.mizan.conformance.suite.MergeProbe",
                        Map.of("splices_slot(String)[1]", "pass", "splices_slot(String)[2]", "fail"));

        assertThat(board(fixture).status("first", "merge").failed()).containsExactly("MergeProbe#splices_slot");
    }

    @Test
    void renders_one_row_per_capability_with_its_status() {
        BoardFixture fixture = new BoardFixture(root)
                .report(
                        "dev.mizan.conformance.suite.CallProbe",
                        Map.of("returns_result", "pass", "rejects_unknown_function", "fail"))
                .report("dev.mizan.conformance.suite.MergeProbe", Map.of("splices_slot", "pass"));

        assertThat(board(fixture).render())
                .contains(
                        "| group | capability | Test adapter | Other adapter | probes passed (Test adapter · Other adapter) |")
                .contains("| Protocol core | RPC call dispatch | ✗ | ✗ | 1/2 · 0/2 |")
                .contains("|  | Merge | ✓ | ✗ | 1/1 · 0/1 |")
                .contains("| Edge, cache & enforcement | MWT | ✗ | ✗ | no probe |");
    }

    @Test
    void each_adapter_column_comes_from_its_own_reports() {
        BoardFixture fixture = new BoardFixture(root)
                .report("dev.mizan.conformance.suite.MergeProbe", Map.of("splices_slot", "fail"))
                .secondReport("dev.mizan.conformance.suite.MergeProbe", Map.of("splices_slot", "pass"));

        Board board = Board.of(
                Manifest.load(fixture.files().manifest()),
                Map.of(
                        "first", ProbeResults.read(fixture.reports()),
                        "second", ProbeResults.read(fixture.secondReports())));

        assertThat(board.status("first", "merge").proven()).isFalse();
        assertThat(board.status("second", "merge").proven()).isTrue();
        assertThat(board.proofs()).containsExactly(new Proof("second", "merge"));
        assertThat(board.render()).contains("|  | Merge | ✗ | ✓ | 0/1 · 1/1 |");
    }
}
