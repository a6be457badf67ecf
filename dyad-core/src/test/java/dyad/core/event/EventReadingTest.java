package dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the coder reads actors, actions and dates out of whole sentences (SPEC sections 2 and 3). */
class EventReadingTest {

    private static List<EventRecord> code(String date, String text) {
        return Fixtures.coder().code(Article.of("t.txt", LocalDate.parse(date), text));
    }

    private static EventRecord find(List<EventRecord> records, String source, String target, String code) {
        return records.stream()
                .filter(r -> source.equals(r.source().key()) && r.target() != null && target.equals(r.target().key()) && r.cameo().startsWith(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + source + "->" + target + " " + code + " in " + records));
    }

    /** The first record whose code starts with the prefix, whatever its actors. */
    private static EventRecord coded(List<EventRecord> records, String code) {
        return records.stream().filter(r -> r.cameo().startsWith(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + records));
    }

    @Test
    void twoActionsOfOneRootInOneSentenceAreTwoRecords() {
        List<EventRecord> r = code("2018-08-07",
                "Saudi Arabia expelled Canada's ambassador on Monday and froze all new trade and investment with Ottawa.");
        find(r, "SAU", "CAN", "166");
        find(r, "SAU", "CAN", "163");
    }

    @Test
    void coordinatedStateAdjectivesBeforeOneRoleAreTwoTargets() {
        List<EventRecord> r = code("2009-10-12",
                "Switzerland's foreign minister hosted the Armenian and Turkish foreign ministers in Zurich on Saturday.");
        find(r, "CHE", "ARM", "043");
        find(r, "CHE", "TUR", "043");
    }

    @Test
    void aStateThatBrokeredTheCeasefireIsNoPartyToIt() {
        List<EventRecord> r = code("2023-09-21",
                "Armenian separatists in Nagorno-Karabakh agreed to a Russian-brokered ceasefire with Azerbaijan on Wednesday.");
        assertTrue(r.stream().noneMatch(e -> e.target() != null && "RUS".equals(e.target().key())), r.toString());
    }

    @Test
    void aDateOnAnAdverbOfTheVerbDatesTheTalks() {
        EventRecord talks = find(code("2015-02-12",
                "Talks between Greece and Germany broke up without agreement late on Wednesday."), "GRC", "DEU", "04");
        assertEquals("2015-02-11", talks.date());
        assertEquals("text", talks.dateBasis());
    }

    @Test
    void aDayReadAsThePurposeClausesSubjectStillDatesTheSummons() {
        EventRecord summons = find(code("2026-01-22",
                "Russia's foreign ministry summoned Finland's ambassador on Wednesday to protest against a joint air defence exercise."),
                "RUS", "FIN", "114");
        assertEquals("2026-01-21", summons.date());
    }

    @Test
    void anUndatedPlanHappensOnTheDayOfTheVisitItBelongsTo() {
        EventRecord signing = find(code("2026-05-13",
                "Chile's president will travel to Buenos Aires on May 28 for a two-day state visit. "
                        + "The presidents are expected to sign a memorandum on new border crossings with Argentina."), "CHL", "ARG", "057");
        assertEquals("2026-05-28", signing.date());
        assertEquals("expected", signing.modality());
    }

    @Test
    void theVisitNamedAgainKeepsItsDateAndIsOneRecord() {
        List<EventRecord> r = code("2026-05-13",
                "Chile's president will travel to Buenos Aires on May 28 for a two-day state visit. "
                        + "The foreign ministers of the two countries spoke by telephone on Monday to prepare the visit.");
        List<EventRecord> visits = r.stream().filter(e -> e.cameo().startsWith("042") || e.cameo().startsWith("043")).toList();
        assertEquals(1, visits.size(), r.toString());
        assertEquals("2026-05-28", visits.get(0).date());
        assertTrue(r.stream().anyMatch(e -> e.cameo().equals("041") && e.date().equals("2026-05-11")), r.toString());
    }

    @Test
    void policeAndProtestersBelongToThePlaceOfTheirSentence() {
        List<EventRecord> r = code("2023-09-21",
                "Azerbaijan shelled Armenian positions in Nagorno-Karabakh on Tuesday. "
                        + "In Yerevan, thousands of protesters rallied outside the government building, and police detained dozens.");
        find(r, "ARM", "ARM", "173");
        assertFalse(r.stream().anyMatch(e -> e.cameo().startsWith("173") && "AZE".equals(e.source().key())), r.toString());
    }

    @Test
    void aCallForACeasefireIsAimedAtTheSidesOfTheFighting() {
        List<EventRecord> r = code("2023-04-20",
                "Sudan's army carried out air strikes on Rapid Support Forces bases in Khartoum on Thursday. "
                        + "The Arab League called for an immediate ceasefire.");
        assertEquals("SDN", find(r, "IGO", "SDN", "10").target().key());
    }

    @Test
    void whatWasToHappenAtACancelledSummitIsNegated() {
        List<EventRecord> r = code("2026-06-19",
                "Argentina and Chile have called off the summit in Santiago at which their presidents were to sign a gas pipeline agreement on June 25.");
        EventRecord signing = coded(r, "057");
        assertEquals("negated", signing.modality());
    }

    @Test
    void aTripCalledOffWithASigningWasForTheSigningsDay() {
        List<EventRecord> r = code("2026-06-19",
                "Argentina and Chile have called off the summit in Santiago at which their presidents were to sign a gas pipeline "
                        + "agreement on June 25. The Argentine president will not travel to Santiago next week, a spokesman said.");
        EventRecord trip = find(r, "ARG", "CHL", "042");
        assertEquals("negated", trip.modality());
        assertEquals("2026-06-25", trip.date());
    }

    @Test
    void anAdjectiveAfterRemainIsAPredicate() {
        List<EventRecord> r = code("2026-06-19",
                "Argentina called off the summit. Chile's government regretted the decision but remained ready to continue technical talks with Argentina.");
        find(r, "CHL", "ARG", "036");
    }

    @Test
    void talksAfterWhichSomethingIsSignedAreAnEventOfTheirOwn() {
        List<EventRecord> r = code("2026-05-28",
                "Chile's president and the Argentine president signed a memorandum on border crossings after two hours of talks.");
        find(r, "CHL", "ARG", "057");
        assertTrue(r.stream().anyMatch(e -> e.cameo().startsWith("04")), r.toString());
    }

    @Test
    void sayingAnotherIsResponsibleIsTheSpeakersAccusation() {
        EventRecord accusation = find(code("2013-09-17",
                "The United States said on Monday that the Syrian government was responsible for the attack."), "USA", "SYR", "112");
        assertEquals("asserted", accusation.modality());
        assertEquals("2013-09-16", accusation.date());
    }

    @Test
    void anAgreementNamedInsideAnotherEventsArgumentIsCodedWithItsOwnActorsAndYear() {
        EventRecord agreement = find(code("2024-12-10",
                "Egypt condemned the incursion as a violation of the 1974 disengagement agreement between Israel and Syria."), "ISR", "SYR", "057");
        assertEquals("1974", agreement.date());
    }

    @Test
    void aMeetingNamedInsideAnotherEventsArgumentWithNoActorsOfItsOwnGivesNoRecord() {
        List<EventRecord> r = code("1997-09-10",
                "EU agriculture ministers will meet in Brussels later this month. France said it would oppose the price cuts at the meeting.");
        assertTrue(r.stream().noneMatch(e -> e.cameo().startsWith("04") && e.evidence().sentence() == 1), r.toString());
    }

    @Test
    void policeWithNoStateNamedAreOfTheStateInView() {
        List<EventRecord> r = code("2021-11-10",
                "Ethiopia declared a nationwide state of emergency. Police have since detained hundreds of ethnic Tigrayans in the capital.");
        find(r, "ETH", "ETH", "173");
    }

    @Test
    void bothParliamentsAreTheTwoStatesInView() {
        List<EventRecord> r = code("2009-10-12",
                "Turkey and Armenia signed protocols in Zurich on Saturday. Both parliaments must ratify the protocols, which Azerbaijan opposes.");
        assertTrue(r.stream().noneMatch(e -> "AZE".equals(e.source().key()) && e.cameo().startsWith("057")), r.toString());
    }

    @Test
    void aChargeTheAccusedDeniedIsAimedAtTheAccuserThoughTheParserMakesAppositions() {
        List<EventRecord> r = code("2023-11-25",
                "Hamas accused Israel of delaying the second release on Saturday by failing to let aid reach northern Gaza, a charge Israel denied.");
        find(r, "ISR", "PSE", "01");
    }

    @Test
    void aChargeRejectedByAGovernmentAnswersItsOwnRebels() {
        List<EventRecord> r = code("2005-01-06",
                "The Tamil Tigers accused the Sri Lankan government of withholding aid from rebel-held areas, a charge Colombo rejected.");
        assertTrue(r.stream().anyMatch(e -> e.source().code().equals("LKAGOV") && e.target() != null
                && "LKAREB".equals(e.target().code()) && !e.cameo().startsWith("11")), r.toString());
    }

    @Test
    void aGerundInANounsPlaceNamesTheEventAndItsSides() {
        List<EventRecord> r = code("2023-04-20",
                "Fighting between Sudan's army and the paramilitary Rapid Support Forces raged in central Khartoum on Thursday.");
        find(r, "SDN", "SDN", "19");
    }

    @Test
    void fightingInGeneralAndAirStrikesToldAfterItAreTwoRecords() {
        List<EventRecord> r = code("2023-04-20",
                "Fighting between Sudan's army and the paramilitary Rapid Support Forces raged in central Khartoum on Thursday. "
                        + "The army carried out air strikes on Rapid Support Forces bases around the capital.");
        assertEquals(2, r.stream().filter(e -> e.root().equals("19")).count(), r.toString());
    }

    @Test
    void evidencePresentedInThePassiveIsAnAccusationOfWhomItIsAgainst() {
        find(code("2015-06-09", "Evidence against Russia was presented by the US."), "USA", "RUS", "11");
    }

    @Test
    void supportForAnOperationNamedBeforeIsSupportOfWhoeverCarriesItOut() {
        List<EventRecord> r = code("2024-01-12",
                "U.S. warplanes struck more than 60 Houthi targets across Yemen overnight. "
                        + "Australia and Canada provided support for the operation, the White House said.");
        find(r, "AUS", "USA", "06");
        find(r, "CAN", "USA", "06");
    }

    @Test
    void theAllianceIsTheInternationalOrganisationNamedBefore() {
        List<EventRecord> r = code("2020-01-09",
                "NATO ministers met in Brussels on Wednesday. The alliance condemned Iran for the missile attacks on Iraqi bases.");
        assertTrue(r.stream().anyMatch(e -> e.source().code().startsWith("IGOWSTNAT") && e.target() != null && "IRN".equals(e.target().key())
                && e.root().equals("11")), r.toString());
    }

    @Test
    void condemningTheStrikesNamesTheStrikesNotTheAttacksTheyAnswered() {
        List<EventRecord> r = code("2024-01-12",
                "U.S. warplanes struck more than 60 Houthi targets across Yemen overnight, in response to weeks of attacks by "
                        + "the Iran-backed group on commercial ships. Iran condemned the strikes as a violation of Yemen's sovereignty.");
        find(r, "IRN", "USA", "11");
    }

    @Test
    void aPatternsNounMatchesItsPluralThatTheLemmatiserLeavesAlone() {
        find(code("2025-07-10", "Rwanda sent troops into Congo."), "RWA", "COD", "074");
    }

    @Test
    void anUndatedPastEventHappenedOnTheOnlyDayOfThePastWeekItsSentenceNames() {
        EventRecord firing = find(code("2019-02-25",
                "Venezuelan security forces fired tear gas at opposition supporters who tried to bring aid across the "
                        + "border from Colombia on Saturday."), "VEN", "VEN", "175");
        assertEquals("2019-02-23", firing.date());
    }

    @Test
    void givingDiplomatsHoursToLeaveExpelsThem() {
        find(code("2019-02-25", "President Nicolas Maduro gave Colombian diplomats 24 hours to leave."), "VEN", "COL", "166");
    }

    @Test
    void whoeverActsTogetherWithTheSubjectActsToo() {
        find(code("2004-12-01", "The Polish president met the Ukrainian president in Kyiv, together with the European Union's "
                + "foreign policy chief."), "IGO", "UKR", "04");
    }

    @Test
    void aVisitToATownIsAVisitToItsState() {
        find(code("2026-01-22", "NATO's secretary-general will visit Rovaniemi on Friday."), "IGO", "FIN", "042");
    }

    @Test
    void anUndatedPastEventAfterALedeOfOneDayHappenedThatDay() {
        EventRecord hosting = find(code("2009-10-12",
                "Turkey and Armenia signed protocols on Saturday to establish diplomatic relations.\n\n"
                        + "Switzerland's foreign minister hosted the Turkish foreign minister at the University of Zurich."),
                "CHE", "TUR", "043");
        assertEquals("2009-10-10", hosting.date());
    }

    @Test
    void aLedeOfTwoDaysDatesNoOtherEvent() {
        EventRecord accusation = find(code("2025-07-10",
                "Congolese negotiators and Rwandan envoys resumed talks in Doha on Wednesday, two weeks after the foreign "
                        + "ministers of Congo and Rwanda signed a peace agreement on June 25.\n\n"
                        + "Rwanda accused Congo of violating the truce."), "RWA", "COD", "112");
        assertEquals("2025-07-10", accusation.date());
    }

    @Test
    void theSameDayIsTheDayTheSentenceBeforeNamed() {
        EventRecord rupture = find(code("2019-02-25",
                "Venezuelan troops blocked aid convoys that tried to cross the border from Colombia on Saturday. "
                        + "President Nicolas Maduro broke diplomatic relations with Colombia the same day."), "VEN", "COL", "16");
        assertEquals("2019-02-23", rupture.date());
        assertEquals("text", rupture.dateBasis());
    }

    @Test
    void theStrikesAVictimsPoliceSpeakOfAreTheStrikesToldBefore() {
        List<EventRecord> r = code("2006-07-13",
                "Israeli aircraft struck targets across southern Lebanon overnight, a day after Hezbollah fighters captured "
                        + "two Israeli soldiers. Lebanese police said the strikes killed dozens of civilians.");
        assertTrue(r.stream().noneMatch(e -> e.evidence().sentence() == 1 && "ISR".equals(e.target() == null ? null : e.target().key())),
                r.toString());
    }

    @Test
    void insistingThatAnotherMustActIsADemandAndWhatIsDemandedIsNoEvent() {
        List<EventRecord> r = code("2015-02-12",
                "Germany's finance minister insisted that Greece must withdraw its proposal to the Eurogroup.");
        find(r, "DEU", "GRC", "10");
        assertTrue(r.stream().noneMatch(e -> "GRC".equals(e.source().key())), r.toString());
    }

    @Test
    void callingAnothersStatementsANameIsCriticism() {
        find(code("2018-08-07", "Riyadh called the Canadian statements \"blatant interference\" in the kingdom's internal affairs."),
                "SAU", "CAN", "11");
    }

    @Test
    void aPatternsNounRightAfterTheVerbIsItsObjectThoughTheParserHungItElsewhere() {
        find(code("2018-08-07", "The Saudi foreign ministry gave the envoy 24 hours to leave and recalled its own ambassador from Canada."),
                "SAU", "CAN", "161");
    }

    @Test
    void calledOnIsAnAppealThoughTheParserMakesOnTheMarkOfTheClause() {
        find(code("2010-06-24", "Greece's merchant marine ministry called on the EU to protect shipping lanes more effectively."),
                "GRC", "IGO", "02");
    }

    @Test
    void theAgencyIsTheInternationalOrganisationNamedBefore() {
        find(code("2003-07-09", "Iran met inspectors of the International Atomic Energy Agency on Tuesday. "
                + "The agency's board called on Iran last month to sign an additional protocol."), "IGO", "IRN", "02");
    }

    @Test
    void anAgreementToBeSignedOnADayIsPlannedForThatDayAhead() {
        EventRecord signing = find(code("2026-05-29",
                "Chile's president and the Argentine president met in Mendoza. He said the pipeline agreement to be signed "
                        + "in Santiago on June 25 would change the energy map."), "CHL", "ARG", "057");
        assertEquals("2026-06-25", signing.date());
        assertEquals("planned", signing.modality());
    }

    @Test
    void aTripForASigningIsDatedByTheSigning() {
        List<EventRecord> r = code("2026-05-29",
                "Chile's president and the Argentine president met in Mendoza. He said the pipeline agreement to be signed "
                        + "in Santiago on June 25 would change the energy map. The Argentine president is due to travel to "
                        + "Santiago for the signing, officials said.");
        EventRecord trip = find(r, "ARG", "CHL", "042");
        assertEquals("planned", trip.modality());
        assertEquals("2026-06-25", trip.date());
    }

    @Test
    void aDateBeforeTheCommaOfATrailingReporterIsTheEventsDate() {
        EventRecord e = find(code("2016-07-20", "Turkish authorities have detained thousands of soldiers since Friday, and suspended "
                + "some 15,000 education ministry staff on Tuesday, state media reported."), "TUR", "TUR", "172");
        assertEquals("2016-07-19", e.date());
    }

    @Test
    void aPledgeNeedNotNameItsRecipient() {
        List<EventRecord> r = code("2005-01-06", "Japan pledged $500 million in grants for the stricken countries on Thursday.");
        assertTrue(r.stream().anyMatch(e -> e.cameo().startsWith("03") && "JPN".equals(e.source().key()) && e.target() == null), r.toString());
    }

    @Test
    void aMeetingWithNoPartnerIsCodedOnlyForAnOrganisationsOwnMembers() {
        List<EventRecord> r = code("2008-08-13", "NATO foreign ministers met in Brussels on Tuesday. "
                + "The French military took part in the killing of the villagers, the report said.");
        assertTrue(r.stream().anyMatch(e -> e.cameo().startsWith("04") && "IGO".equals(e.source().key()) && e.target() == null), r.toString());
        assertFalse(r.stream().anyMatch(e -> e.cameo().startsWith("04") && "FRA".equals(e.source().key())), r.toString());
    }

    @Test
    void theMilitantGroupIsTheArmedGroupNamedBefore() {
        find(code("2014-09-16", "The United States launched an air strike against an Islamic State target near Baghdad, "
                + "expanding its campaign against the militant group that has seized parts of Iraq."), "IMG", "IRQ", "17");
    }

    @Test
    void aStateNamedByTheModifierOfAPlaceIsNoTarget() {
        List<EventRecord> r = code("2008-08-05", "A report released in the Rwandan capital said that the French military "
                + "helped to plan the killings.");
        assertFalse(r.stream().anyMatch(e -> "FRA".equals(e.source().key()) && e.target() != null && "RWA".equals(e.target().key())), r.toString());
    }

    @Test
    void whatAMeetingIsHeldToDiscussIsItsTopicNotItsPartner() {
        List<EventRecord> r = code("2015-06-09", "Iraq's national security advisor met with Syrian President Bashar Assad on Tuesday "
                + "to discuss efforts to counter Islamic State militants.");
        find(r, "IRQ", "SYR", "04");
        assertFalse(r.stream().anyMatch(e -> e.target() != null && "IMG".equals(e.target().key())), r.toString());
    }

    @Test
    void anAccidentIsNoActor() {
        List<EventRecord> r = code("2014-07-19", "Interpol will send a team to help identify victims killed by the Malaysia Airlines "
                + "flight crash in eastern Ukraine.");
        assertFalse(r.stream().anyMatch(e -> "MYS".equals(e.source().key())), r.toString());
    }

    @Test
    void theCountryIsTheStateNamedLastOtherThanTheClausesSubject() {
        find(code("2017-03-30", "China has criticised the deployment of a U.S. missile defence system in South Korea and has "
                + "halted group tours to the country."), "CHN", "KOR", "163");
    }

    @Test
    void beingReadyToTalkIsAnExpressionOfIntentNotTheTalks() {
        List<EventRecord> r = code("1998-06-03", "Pakistan's foreign minister said Islamabad was ready to resume talks with New Delhi.");
        EventRecord e = find(r, "PAK", "IND", "036");
        assertEquals("asserted", e.modality());
        assertFalse(r.stream().anyMatch(x -> x.cameo().startsWith("04")), r.toString());
    }

    @Test
    void protestersAssaultAndAClauseOfTheSameTimeDatesTheAct() {
        List<EventRecord> r = code("2007-05-03", "In Moscow, the Estonian ambassador was attacked by protesters as she left a "
                + "news conference on Wednesday.");
        EventRecord e = find(r, "RUS", "EST", "18");
        assertEquals("2007-05-02", e.date());
    }

    @Test
    void whatAnActorCallsItsOwnActIsNoAppealNorCriticism() {
        List<EventRecord> r = code("2023-09-21", "Azerbaijan launched what it called \"anti-terrorist measures\" in the region "
                + "on Tuesday, shelling the positions of local Armenian forces.");
        find(r, "AZE", "ARM", "19");
        assertFalse(r.stream().anyMatch(e -> e.cameo().startsWith("02") || e.cameo().startsWith("11")), r.toString());
    }

    @Test
    void theNavyBelongsToTheStateThatActedBeforeItInTheSentence() {
        find(code("2006-07-13", "Israeli aircraft struck targets across southern Lebanon overnight and the navy imposed a sea "
                + "blockade on Lebanese ports."), "ISR", "LBN", "191");
    }

    @Test
    void capturingSoldiersIsAnAbduction() {
        find(code("2006-07-13", "Hezbollah fighters captured two Israeli soldiers in a raid across the border on Wednesday."),
                "LBN", "ISR", "181");
    }

    @Test
    void talksOnEndingAWarAreNotTheWar() {
        List<EventRecord> r = code("2024-01-12", "Saudi Arabia, which has held talks with the Houthis on ending the war in Yemen, "
                + "called for restraint.");
        assertFalse(r.stream().anyMatch(e -> e.cameo().startsWith("19") || e.cameo().startsWith("18")), r.toString());
    }

    @Test
    void whomAnActIsDoneForIsNotItsTarget() {
        List<EventRecord> r = code("2009-10-12", "Turkey and Armenia signed protocols on Saturday. "
                + "Turkey closed the border in 1993 in support of Azerbaijan.");
        assertFalse(r.stream().anyMatch(e -> e.target() != null && "AZE".equals(e.target().key())), r.toString());
    }

    @Test
    void theTwoSidesOfAPairActTowardsEachOther() {
        List<EventRecord> r = code("2008-08-13", "Russian and Georgian troops fought near Gori on Monday. "
                + "The deal requires both sides to pull their forces back.");
        assertTrue(r.stream().anyMatch(e -> e.cameo().startsWith("087") && e.target() != null
                && List.of("RUS", "GEO").contains(e.source().key()) && List.of("RUS", "GEO").contains(e.target().key())), r.toString());
    }

    @Test
    void whatASummonsIsForIsTheSummons() {
        List<EventRecord> r = code("2022-11-16", "Warsaw summoned the Russian ambassador on Tuesday evening to demand an explanation.");
        find(r, "POL", "RUS", "114");
        assertFalse(r.stream().anyMatch(e -> e.cameo().startsWith("10")), r.toString());
    }

    @Test
    void aParticipleBeforeItsNounIsAnAdjectiveWhateverTheParse() {
        List<EventRecord> r = code("2025-07-10", "The M23 accused the Congolese army and allied militias of attacking its positions.");
        assertFalse(r.stream().anyMatch(e -> e.cameo().startsWith("05")), r.toString());
    }

    @Test
    void threeActorsMeetingAreOneRecordForEachPair() {
        List<EventRecord> r = code("2025-07-10", "The United States, Russia and Switzerland met in Geneva on Wednesday.");
        find(r, "USA", "RUS", "04");
        find(r, "USA", "CHE", "04");
        find(r, "RUS", "CHE", "04");
    }

    @Test
    void aStateOfEmergencyIsAimedAtNoOneElse() {
        List<EventRecord> r = code("2021-11-10", "The African Union's envoy met Ethiopia's prime minister in Addis Ababa. "
                + "The Ethiopian government declared a nationwide state of emergency on November 2.");
        EventRecord e = coded(r, "1724");
        assertEquals(null, e.target());
        assertEquals("2021-11-02", e.date());
    }

    @Test
    void whatAnActAnswersNamesItsTargets() {
        List<EventRecord> r = code("2017-03-30", "North Korea's army has placed its artillery units along the border on high alert "
                + "in response to joint U.S.-South Korean military drills.");
        find(r, "PRK", "USA", "152");
    }

    @Test
    void aDayOnTheOccasionOfTheArgumentDatesTheAct() {
        List<EventRecord> r = code("2005-01-07", "Japan pledged $500 million in grants for the stricken countries at an emergency "
                + "summit in Jakarta on Thursday.");
        EventRecord e = coded(r, "03");
        assertEquals("2005-01-06", e.date());
    }

    @Test
    void theArmyChiefIsOfTheArmyNamedBeforeAndTheRebelsCommanderIsAnotherActor() {
        List<EventRecord> r = code("2023-04-20", "Fighting between Sudan's army and the RSF raged for a sixth day. "
                + "Washington is considering sending additional troops to Djibouti. "
                + "The army chief rejected talks with the RSF commander.");
        EventRecord e = coded(r, "12");
        assertEquals("SDN", e.source().key());
        assertEquals("SDN", e.target().key());
    }

    @Test
    void whatAnAppealAsksForIsNoEventOfItsOwn() {
        List<EventRecord> r = code("2021-11-10", "The United States urged both Ethiopia and the Tigrayan rebels to start negotiations. "
                + "Iraq's parliament voted on Sunday for a resolution calling on the government to expel foreign troops.");
        assertFalse(r.stream().anyMatch(e -> e.cameo().startsWith("04") || e.cameo().startsWith("174")), r.toString());
    }

    @Test
    void callingAReportBiasedIsAimedAtItsAuthors() {
        List<EventRecord> r = code("2025-07-10", "A report by U.N. experts said Rwandan troops had fought in Congo. "
                + "Rwanda denied that it had sent troops into Congo and called the report \"biased\".");
        find(r, "RWA", "IGO", "111");
    }

    @Test
    void aTextTellingOfForceIsItsAuthorsAccusation() {
        List<EventRecord> r = code("2025-07-10", "A report by U.N. experts said Rwandan troops had attacked Congolese army positions in January.");
        find(r, "RWA", "COD", "19");
        EventRecord accusation = find(r, "IGO", "RWA", "112");
        assertEquals("asserted", accusation.modality());
    }

    @Test
    void forcesAgreeingToDisarmAreADemobilisation() {
        List<EventRecord> r = code("2023-09-21", "Azerbaijani troops shelled Armenian positions on Tuesday. The Armenian forces agreed to disarm.");
        find(r, "ARM", "AZE", "0873");
    }

    @Test
    void anArmedGroupsForceIsAimedAtWhomItFightsAndStaysApartFromTheArmys() {
        List<EventRecord> r = code("2023-04-20", "Sudan's army carried out air strikes on RSF bases around the capital, while RSF "
                + "fighters shelled the airport.");
        EventRecord army = find(r, "SDN", "SDN", "195");
        EventRecord rebels = find(r, "SDN", "SDN", "194");
        assertEquals("SDNREB", rebels.source().code());
        assertFalse(army.source().code().equals(rebels.source().code()));
    }
}
