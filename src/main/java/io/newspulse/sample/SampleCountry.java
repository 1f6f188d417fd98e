package io.newspulse.sample;

/** How the sample feed's writers refer to a country: by name, adjective, capital or leader. */
final class SampleCountry {
    final String code;
    final String name;
    final String adjective;
    final String capital;
    final String leader;

    SampleCountry(String code, String name, String adjective, String capital, String leader) {
        this.code = code;
        this.name = name;
        this.adjective = adjective;
        this.capital = capital;
        this.leader = leader;
    }

    static final SampleCountry[] ALL = {
        new SampleCountry("US", "the United States", "U.S.", "Washington", "President Donald Trump"),
        new SampleCountry("CN", "China", "Chinese", "Beijing", "President Xi Jinping"),
        new SampleCountry("KR", "South Korea", "South Korean", "Seoul", "President Lee Jae Myung"),
        new SampleCountry("JP", "Japan", "Japanese", "Tokyo", "Prime Minister Sanae Takaichi"),
        new SampleCountry("DE", "Germany", "German", "Berlin", "Chancellor Friedrich Merz"),
        new SampleCountry("FR", "France", "French", "Paris", "President Emmanuel Macron"),
        new SampleCountry("GB", "Britain", "British", "London", "Prime Minister Keir Starmer"),
        new SampleCountry("IN", "India", "Indian", "New Delhi", "Prime Minister Narendra Modi"),
        new SampleCountry("RU", "Russia", "Russian", "Moscow", "President Vladimir Putin"),
        new SampleCountry("UA", "Ukraine", "Ukrainian", "Kyiv", "President Volodymyr Zelensky"),
        new SampleCountry("BR", "Brazil", "Brazilian", "Brasilia", "President Lula"),
        new SampleCountry("AU", "Australia", "Australian", "Canberra", "Prime Minister Anthony Albanese"),
        new SampleCountry("SA", "Saudi Arabia", "Saudi", "Riyadh", "Crown Prince Mohammed bin Salman"),
        new SampleCountry("IL", "Israel", "Israeli", "Jerusalem", "Prime Minister Benjamin Netanyahu"),
    };

    static SampleCountry byCode(String code) {
        for (SampleCountry c : ALL) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The name with a capital first letter, for the start of a headline or sentence. */
    String title() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
