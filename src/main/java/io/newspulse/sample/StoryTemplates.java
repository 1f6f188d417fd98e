package io.newspulse.sample;

import java.util.List;
import java.util.Map;

/**
 * Sentences the sample feed's stories are written from. {A} and {B} are the two countries of a story
 * (name), {a}/{b} their adjectives, {A.cap}/{B.cap} capitals and {A.lead}/{B.lead} leaders, {A.title} the
 * name capitalized; a story about one country uses only the A forms. Detail sentences carry numbers, names
 * and days drawn per story, so two stories on one subject read alike without being copies.
 */
final class StoryTemplates {
    private StoryTemplates() {}

    static final Map<String, List<String>> PAIR_HEADLINES = Map.of(
            "trade", List.of("{A} and {B} trade tensions flare over new tariffs",
                    "{A.title} threatens tariffs on {b} goods as trade talks stall",
                    "{a} exporters brace for {b} duties in widening trade war",
                    "Trade deal between {A} and {B} in doubt after export controls",
                    "{A.title} hits back at {B} with tariffs on {product}",
                    "{b} tariffs rattle {a} {product} makers"),
            "diplomacy", List.of("{A.lead} to meet {b} counterpart at summit",
                    "{A.title} sends envoy to {B.cap} to mend ties",
                    "Foreign ministers of {A} and {B} hold talks on relations"),
            "defense", List.of("{a} and {b} militaries hold joint drills",
                    "{A.title} warns {B} over missile deployment"),
            "energy", List.of("{A.title} and {B} sign long-term LNG supply deal",
                    "Oil prices climb as {A} and {B} spar over crude output"));

    static final Map<String, List<String>> SINGLE_HEADLINES = Map.of(
            "trade", List.of("{a} exports slow as tariffs bite", "{A.title} posts record trade surplus"),
            "diplomacy", List.of("{A.lead} hosts foreign ministers for summit", "{a} foreign ministry summons ambassador"),
            "defense", List.of("{A.title} raises defense spending amid security fears", "{a} navy tests new missile"),
            "economy", List.of("{a} economy grows faster than expected", "{a} stocks slide as inflation data disappoints"),
            "central_banks", List.of("{a} central bank holds interest rates steady", "{a} central bank signals rate cut"),
            "energy", List.of("{A.title} boosts crude output as oil prices rise", "{a} power grid strained by record electricity demand"),
            "technology", List.of("{a} chipmakers ramp up semiconductor investment", "{A.title} unveils artificial intelligence strategy"),
            "health", List.of("{a} hospitals report rise in virus cases", "{A.title} launches vaccine campaign after outbreak"),
            "climate", List.of("{A.title} sets new emissions target", "Heatwave and drought grip {A}"),
            "politics", List.of("{a} voters head to the polls in tight election", "{a} opposition gains ahead of election"));

    static final List<String> COUP_HEADLINES = List.of(
            "Soldiers seize power in {A}, detain president",
            "{a} military claims control in apparent coup",
            "Coup in {A}: junta dissolves government, closes borders",
            "Gunfire in {A.cap} as army officers announce takeover",
            "{A.title} coup leaders name interim head of state");

    static final Map<String, List<String>> SENTENCES = Map.ofEntries(
            Map.entry("trade", List.of(
                    "Officials in {A.cap} said the new tariffs would take effect next month.",
                    "The trade dispute has rattled exporters and importers on both sides.",
                    "{A.lead} said a trade deal with {B} was still possible but would require concessions.",
                    "Analysts warned that supply chains could be disrupted by the latest export controls.",
                    "{b} officials called the duties protectionism and promised a response at the WTO.",
                    "Makers of {product} are among those most exposed to the tariffs.")),
            Map.entry("diplomacy", List.of(
                    "The foreign ministry in {A.cap} said the talks were candid and constructive.",
                    "{A.lead} is expected to attend the summit alongside a delegation of diplomats.",
                    "An envoy from {B.cap} delivered a personal letter to {A.lead}.",
                    "Both governments said they hoped to normalize relations after years of strain.",
                    "The ambassador was summoned to explain remarks that {A.cap} called unacceptable.")),
            Map.entry("defense", List.of(
                    "The military said the drills involved warships, fighter jets and missile defense units.",
                    "{A.lead} pledged to raise defense spending to meet new security threats.",
                    "Officials in {B.cap} condemned the missile deployment as destabilizing.",
                    "Troops from both armies took part in the exercise near the border.")),
            Map.entry("economy", List.of(
                    "GDP grew faster than economists had forecast for the quarter.",
                    "Inflation remained above target as consumer prices rose.",
                    "Stocks fell and bond yields rose as investors weighed the data.",
                    "Unemployment held steady while manufacturing output slipped.")),
            Map.entry("central_banks", List.of(
                    "The central bank left its policy rate unchanged at the meeting.",
                    "Officials signaled that an interest rate cut could come later this year.",
                    "Markets had priced in a move on monetary policy of 25 basis points.")),
            Map.entry("energy", List.of(
                    "Crude oil prices rose on the news.",
                    "The LNG deal covers natural gas deliveries for fifteen years.",
                    "OPEC members are due to meet next week to discuss output.",
                    "Refinery margins have narrowed as energy demand cooled.")),
            Map.entry("technology", List.of(
                    "The semiconductor plant will produce advanced chips for artificial intelligence.",
                    "Tech companies welcomed the plan, saying it would help software startups.",
                    "The AI strategy sets aside funds for data center construction.")),
            Map.entry("health", List.of(
                    "Hospitals reported a rise in patients with the virus this week.",
                    "Health officials urged people to get the vaccine ahead of winter.",
                    "The World Health Organization said the outbreak was under control.")),
            Map.entry("climate", List.of(
                    "The plan aims to cut carbon emissions to net zero by 2050.",
                    "Scientists linked the heatwave and drought to climate change.",
                    "Environmental groups said the target fell short of the Paris Agreement.")),
            Map.entry("politics", List.of(
                    "Polls show the ruling party and the opposition neck and neck before the election.",
                    "Voters cited the economy as their main concern in the campaign.",
                    "Lawmakers in parliament debated the reform ahead of the vote.")),
            Map.entry("coup", List.of(
                    "Soldiers appeared on state television in {A.cap} to announce that they had seized power.",
                    "The junta said it had dissolved the government and suspended the constitution.",
                    "Gunfire was heard near the presidential palace in {A.cap} before dawn.",
                    "The African Union condemned the coup and called for a return to constitutional order.",
                    "The whereabouts of {A.lead} were unknown, a government spokesperson said.",
                    "Borders were closed and a curfew was imposed across {A}.")));

    /** Sentences with facts drawn per story: {n}, {pct}, {day}, {person}, {month}. */
    static final List<String> DETAILS = List.of(
            "{person}, a spokesperson, said on {day} that {n} officials had been briefed.",
            "Figures released on {day} showed a change of {pct}% from {month}.",
            "{person} told reporters the measures would affect about {n} companies.",
            "The statement was issued on {day} after a meeting that lasted {n} minutes.",
            "According to {person}, talks would resume in {month}.",
            "About {n} people attended the briefing in the capital on {day}.",
            "The figure compares with {pct}% a year earlier, {person} noted.",
            "{person}, an analyst, put the cost at {n} million dollars.");

    static final List<String> PRODUCTS = List.of("steel", "soybeans", "electric vehicles", "solar panels", "chips",
            "aluminium", "pharmaceuticals", "rare earths", "textiles", "aircraft parts");

    static final List<String> PEOPLE = List.of("Maria Lopez", "Chen Wei", "Aisha Bello", "Jonas Weber", "Park Ji-won",
            "Ravi Kumar", "Elena Petrova", "Tom Brennan", "Fatima Zahra", "Lucas Silva", "Hana Kato", "Omar Farouk",
            "Sofia Rossi", "Daniel Cohen", "Grace Mensah", "Ivan Horvat");

    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July");

    /** Filler that names no country and no topic, as real articles have. */
    static final List<String> FILLER = List.of(
            "The announcement came after weeks of speculation.",
            "A spokesperson declined to comment further.",
            "Further details are expected in the coming days.",
            "The statement did not give a timeline.",
            "Observers said the move had been widely anticipated.");
}
