package nl.vroeg.sampledata;

import java.time.YearMonth;
import java.util.List;

/** One municipality's month: the signals that arrived (in ID order) and the cases opened for them. */
record MonthOfWork(YearMonth maand, List<Signal> signalen, List<Case> zaken) {
}
