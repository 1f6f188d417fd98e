package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueTableTest {
    private static final class Item extends DueTable.Entry {
        final String name;

        Item(String name) {
            this.name = name;
        }
    }

    @Test
    void handsEntriesDueByTheWatermarkInOrderOfTimeEachTimeOnce() throws Exception {
        DueTable<Item> table = new DueTable<>();
        Item a = new Item("a");
        Item b = new Item("b");
        table.schedule(a, 30);
        table.schedule(b, 10);
        table.schedule(a, 10);
        table.schedule(a, 30); // already due then
        table.schedule(b, 50);
        assertThat(a.dueTimes()).containsExactly(10, 30);

        List<String> handed = new ArrayList<>();
        table.advanceTo(30, (item, time) -> handed.add(item.name + "@" + time));
        assertThat(handed).containsExactly("b@10", "a@10", "a@30");
        assertThat(a.isDue()).isFalse();
        assertThat(b.dueTimes()).containsExactly(50);

        handed.clear();
        table.advanceTo(40, (item, time) -> handed.add(item.name + "@" + time));
        assertThat(handed).isEmpty();
    }

    @Test
    void anEntryMadeDueAgainByTheWatermarkIsHandedInTheSameAdvance() throws Exception {
        DueTable<Item> table = new DueTable<>();
        Item a = new Item("a");
        table.schedule(a, 10);
        List<Long> times = new ArrayList<>();
        table.advanceTo(100, (item, time) -> {
            times.add(time);
            if (time < 40) {
                table.schedule(item, time + 20); // due again, still by the watermark
            }
        });
        assertThat(times).containsExactly(10L, 30L, 50L);
        assertThat(a.isDue()).isFalse();
    }
}
