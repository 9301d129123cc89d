package org.policyledger.api.query;

import java.util.List;

/**
 * A page of amendments: {@code total} counts those of the period, the page holds those
 * from {@code offset}.
 */
public record AmendmentPage(long total, int offset, int limit, List<AmendmentView> amendments) {

}
