package dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dyad.core.model.Actor;
import dyad.core.support.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is who at a date: a person's role is the one held at the event's date, not the article's. */
class ActorResolutionTest {

    @ParameterizedTest(name = "{0} at {1} is {2}")
    @CsvSource({
            "Ahmed al-Sharaa, 2020-06-01, SYRREB",
            "Ahmed al-Sharaa, 2025-11-01, SYRGOV",
            "Donald Trump, 2019-05-01, USAGOV",
            "Donald Trump, 2022-05-01, USAELI",
            "Donald Trump, 2025-05-14, USAGOV",
            "Bill Clinton, 1994-10-27, USAGOV",
            "Bill Clinton, 2025-11-01, USAELI",
            "Richard Nixon, 1974-06-15, USAGOV",
            "Richard Nixon, 1980-01-01, USAELI",
            "Hafez Assad, 1991-01-01, SYRGOV",
            "George H. W. Bush, 1991-01-01, USAGOV",
    })
    void rolesAreResolvedAtTheDate(String name, String date, String code) {
        Actor a = Fixtures.actors().lookup(name, LocalDate.parse(date));
        assertEquals(code, a.code());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "the Turkish leader, TUR, GOV",
            "Syria's foreign minister, SYR, GOV",
            "Damascus, SYR, GOV",
            "Syrians, SYR, ",
            "Hamas fighters, PSE, REB",
            "the Pentagon, USA, MIL",
    })
    void titlesAndPlacesResolveByCountry(String text, String country, String sector) {
        Actor a = Fixtures.actors().lookup(text, LocalDate.of(2025, 11, 1));
        assertEquals(country, a.country());
        if (sector != null) assertEquals(sector, a.sector());
    }

    @ParameterizedTest
    @CsvSource({"the weather", "on Friday", "in May"})
    void wordsThatNameNoActorGiveNull(String text) {
        assertNull(Fixtures.actors().lookup(text, LocalDate.of(2025, 11, 1)));
    }
}
