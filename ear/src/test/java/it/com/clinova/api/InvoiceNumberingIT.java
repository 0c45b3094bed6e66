package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Numbering without gaps or duplicates when many invoices are issued at the same moment: 30
 * drafts issued by concurrent requests (interleaved with six empty drafts whose issue is refused)
 * get 30 distinct numbers, and every number the clinic has ever given is exactly 1..N.
 */
class InvoiceNumberingIT {

    private static final int INVOICES = 30;

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);

    @Test
    void thirtyConcurrentIssuesTakeThirtyConsecutiveNumbersAndLeaveNoGap() throws Exception {
        String patient = SchedulingFixture.shared().newPatient();
        List<JsonNode> drafts = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            drafts.add(Invoices.draftWithLine(billing, patient, (i + 1) + ".00"));
            if (i % 5 == 0) {
                drafts.add(Invoices.draft(billing, patient, List.of())); // refused: no lines
            }
        }

        List<ApiResponse> answers = issueAllAtOnce(drafts);

        Set<Long> numbers = new TreeSet<>();
        int refused = 0;
        for (ApiResponse answer : answers) {
            if (answer.status() == 200) {
                numbers.add(InvoiceIssueIT.sequenceOf(answer.json()));
            } else {
                Problems.assertProblem(answer, 409, "invoice-empty");
                refused++;
            }
        }
        assertEquals(INVOICES / 5, refused);
        assertEquals(INVOICES, numbers.size(), "duplicate numbers: " + numbers);
        long first = numbers.iterator().next();
        assertEquals(LongStream.range(first, first + INVOICES).boxed().toList(), List.copyOf(numbers));
        assertEveryNumberOfTheClinicIsOneToN();
    }

    private List<ApiResponse> issueAllAtOnce(List<JsonNode> drafts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (JsonNode draft : drafts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return Invoices.change(billing, draft, "issue", null);
                }));
            }
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whatever else this run (or an earlier one) issued or voided: the clinic's numbers have no hole. */
    private static void assertEveryNumberOfTheClinicIsOneToN() {
        List<Long> stored = ClinicDatabase.query(
                        Clinic.SONRISA,
                        "select sequence_number from clinic.invoice where sequence_number is not null order by 1")
                .stream()
                .map(Long::parseLong)
                .toList();
        assertEquals(LongStream.rangeClosed(1, stored.size()).boxed().toList(), stored);
        assertEquals(
                String.valueOf(stored.size()),
                ClinicDatabase.query(Clinic.SONRISA, "select last_number from clinic.invoice_counter")
                        .get(0));
    }
}
