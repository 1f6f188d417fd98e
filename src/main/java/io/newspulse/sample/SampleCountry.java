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
        new SampleCountry("CA", "Canada", "Canadian", "Ottawa", "Prime Minister Mark Carney"),
        new SampleCountry("MX", "Mexico", "Mexican", "Mexico City", "President Claudia Sheinbaum"),
        new SampleCountry("IT", "Italy", "Italian", "Rome", "Prime Minister Giorgia Meloni"),
        new SampleCountry("ES", "Spain", "Spanish", "Madrid", "Prime Minister Pedro Sanchez"),
        new SampleCountry("TR", "Türkiye", "Turkish", "Ankara", "President Recep Tayyip Erdogan"),
        new SampleCountry("IR", "Iran", "Iranian", "Tehran", "President Masoud Pezeshkian"),
        new SampleCountry("EG", "Egypt", "Egyptian", "Cairo", "President Abdel Fattah al-Sisi"),
        new SampleCountry("NG", "Nigeria", "Nigerian", "Abuja", "President Bola Tinubu"),
        new SampleCountry("ZA", "South Africa", "South African", "Pretoria", "President Cyril Ramaphosa"),
        new SampleCountry("ID", "Indonesia", "Indonesian", "Jakarta", "President Prabowo Subianto"),
        new SampleCountry("VN", "Vietnam", "Vietnamese", "Hanoi", "the Vietnamese government"),
        new SampleCountry("PL", "Poland", "Polish", "Warsaw", "Prime Minister Donald Tusk"),
        new SampleCountry("AR", "Argentina", "Argentine", "Buenos Aires", "President Javier Milei"),
        new SampleCountry("PK", "Pakistan", "Pakistani", "Islamabad", "Prime Minister Shehbaz Sharif"),
    };

    /** A country the background never covers: the planted coup happens here. */
    static final SampleCountry GABON = new SampleCountry("GA", "Gabon", "Gabonese", "Libreville", "President Brice Oligui Nguema");

    static SampleCountry byCode(String code) {
        if (GABON.code.equals(code)) {
            return GABON;
        }
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
