package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows a page reads: from the start in the first half, from the far end in the second. */
class PageWindowTest {

    @Test
    void without_a_count_every_page_is_read_from_the_start() {
        assertThat(PageWindow.of(99_950, 50, null)).isEqualTo(new PageWindow(99_950, 50, false));
    }

    @Test
    void a_page_in_the_first_half_is_read_from_the_start() {
        assertThat(PageWindow.of(0, 50, 100_000)).isEqualTo(new PageWindow(0, 50, false));
        assertThat(PageWindow.of(49_950, 50, 100_000)).isEqualTo(new PageWindow(49_950, 50, false));
    }

    @Test
    void a_page_in_the_second_half_is_read_from_the_far_end() {
        assertThat(PageWindow.of(50_000, 50, 100_000)).isEqualTo(new PageWindow(49_950, 50, true));
        assertThat(PageWindow.of(99_950, 50, 100_000)).isEqualTo(new PageWindow(0, 50, true));
    }

    @Test
    void a_last_page_that_is_not_full_reads_only_the_rows_there_are() {
        assertThat(PageWindow.of(2_250, 50, 2_273)).isEqualTo(new PageWindow(0, 23, true));
        assertThat(PageWindow.of(2_200, 50, 2_273)).isEqualTo(new PageWindow(23, 50, true));
    }

    @Test
    void a_page_past_the_count_is_read_as_asked_in_case_rows_came_since() {
        assertThat(PageWindow.of(2_300, 50, 2_273)).isEqualTo(new PageWindow(2_300, 50, false));
    }

    @Test
    void a_single_page_holding_every_row_is_read_from_the_start() {
        assertThat(PageWindow.of(0, 50, 30)).isEqualTo(new PageWindow(0, 50, false));
    }
}
