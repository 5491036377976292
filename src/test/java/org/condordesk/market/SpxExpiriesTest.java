package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpxExpiriesTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theFirstExpiriesAfterMondayWeeklysLaunchedAreThoseCboeListed() {
        // Cboe Options Hub, 2016-08-17 ("Successful launch of new SPX Monday-expiring Weeklys"): the expirations
        // listed after Fri Aug 12 were Wed Aug 17, Fri Aug 19 (SPX monthly), Mon Aug 22, Wed Aug 24, Fri Aug 26,
        // Mon Aug 29, Wed Aug 31, Fri Sep 2, Tue Sep 6 (the Monday is Labor Day), Wed Sep 7, Fri Sep 9.
        List<LocalDate> listed = SpxExpiries.listed(d("2016-08-16")).stream()
                .filter(day -> !day.isAfter(d("2016-09-09"))).toList();
        assertThat(listed).containsExactly(d("2016-08-17"), d("2016-08-19"), d("2016-08-22"), d("2016-08-24"),
                d("2016-08-26"), d("2016-08-29"), d("2016-08-31"), d("2016-09-02"), d("2016-09-06"), d("2016-09-07"),
                d("2016-09-09"));
    }

    @Test
    void theThreeNearTermMonthsAreThoseOfTheNextThreeThirdFridays() {
        // Cboe's SPX specification: 5-point strikes, "25-point intervals for far months" beside "three near-term
        // months". Third Fridays of 2016 by the calendar: Aug 19, Sep 16, Oct 21, Nov 18. On Aug 11 the near-term
        // months end with Oct 21; on Aug 19 (an expiry day) still; on Aug 22 they run to Nov 18.
        assertThat(SpxExpiries.inNearTermMonths(d("2016-08-11"), d("2016-10-21"))).isTrue();
        assertThat(SpxExpiries.inNearTermMonths(d("2016-08-11"), d("2016-10-28"))).isFalse();
        assertThat(SpxExpiries.inNearTermMonths(d("2016-08-11"), d("2016-11-18"))).isFalse();
        assertThat(SpxExpiries.inNearTermMonths(d("2016-08-19"), d("2016-10-21"))).isTrue();
        assertThat(SpxExpiries.inNearTermMonths(d("2016-08-22"), d("2016-11-18"))).isTrue();
        assertThat(SpxExpiries.inNearTermMonths(d("2016-08-22"), d("2016-12-16"))).isFalse();
    }

    @Test
    void beforeWeeklysOnlyTheThirdFridaysAreListed() {
        // March 1995: Fridays 3, 10, 17 → the third is the 17th; April 1995: 7, 14, 21 → the 21st.
        assertThat(SpxExpiries.listed(d("1995-03-01")).subList(0, 2)).containsExactly(d("1995-03-17"), d("1995-04-21"));
        assertThat(SpxExpiries.nearest(d("1995-03-01"), 14)).isEqualTo(d("1995-03-17"));
        assertThat(SpxExpiries.nearest(d("1995-03-13"), 14)).isEqualTo(d("1995-03-17"));
    }

    @Test
    void aHolidayFridayMovesTheExpiryToThursday() {
        // Good Friday 2014-04-18 was the third Friday: the April 2014 SPX expiry was Thursday 2014-04-17.
        assertThat(SpxExpiries.monthly(d("2014-04-01"))).isEqualTo(d("2014-04-17"));
        assertThat(SpxExpiries.listed(d("2014-04-14"))).contains(d("2014-04-17")).doesNotContain(d("2014-04-18"));
    }

    @Test
    void eachWeekdayAppearsOnlyAfterItsLaunch() {
        // Wednesdays from 2016-02-23 (first expiry 2016-03-02); Tuesdays from 2022-04-18; Thursdays from 2022-05-11.
        assertThat(SpxExpiries.listed(d("2016-02-22"))).doesNotContain(d("2016-03-02"));
        assertThat(SpxExpiries.listed(d("2016-02-23"))).contains(d("2016-03-02"));
        assertThat(SpxExpiries.listed(d("2022-04-14"))).doesNotContain(d("2022-04-26"));
        assertThat(SpxExpiries.listed(d("2022-04-18"))).contains(d("2022-04-26"));
        assertThat(SpxExpiries.listed(d("2022-05-10"))).doesNotContain(d("2022-05-19"));
        assertThat(SpxExpiries.listed(d("2022-05-11"))).contains(d("2022-05-19"));
        assertThat(SpxExpiries.listed(d("2005-10-03"))).doesNotContain(d("2005-10-07"), d("2005-10-14"));
    }
}
