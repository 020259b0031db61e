package be.tafel.analysis;

import be.tafel.analysis.algo.ViewSummary;
import java.time.LocalDate;

/** A view's summary figures as the API answers them: the view, its date and the figures. */
public record SummaryAnswer(String view, LocalDate at, ViewSummary summary) {
    static SummaryAnswer of(ViewAnalysis analysis) {
        ViewRequest request = analysis.snapshot().request();
        return new SummaryAnswer(request.view().code(), request.at(), analysis.summary());
    }
}
