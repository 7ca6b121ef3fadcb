"""Names, languages and addresses of the demo neighbourhood.

Every list here is fixed and ordered, so a seed always gives the same people.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """A background in the neighbourhood: names and the languages that go with them."""

    key: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    languages: tuple[tuple[str, float], ...]  # (language, probability), first one always spoken
    dutch: float  # chance that Nederlands is spoken too
    gendered: bool = False  # Polish/Bulgarian surnames take a female form


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "nl", 30,
        _split("Anneke, Marja, Ingrid, Sandra, Linda, Petra, Els, Ria, Wilma, Joke, Monique, "
               "Esther, Femke, Lotte, Sanne, Iris, Anouk, Demi, Kim, Tineke, Gerda, Corrie, Nel"),
        _split("Jan, Kees, Piet, Henk, Gerard, Wim, Rob, Marco, Dennis, Erik, Ruud, Arie, Bas, "
               "Jeroen, Thijs, Daan, Stijn, Joost, Ton, Frans, Leo, Cor, Bram"),
        _split("de Vries, van den Berg, van der Linden, de Jong, Bakker, Jansen, Visser, Smit, "
               "Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, "
               "Dekker, Brouwer, de Wit, Dijkstra, de Graaf, van der Meer, van der Heijden, Kok, "
               "Verhoeven, Prins, Blom, Koster, Vermeulen, Kuipers, Schouten, van Dijk, "
               "van Vliet, Hoekstra, Maas, Verbeek, Kramer, van Beek, Huisman, van der Wal, "
               "de Ridder, van Rijn, van 't Hof, Mol, Boender, Tuinman, Rietveld"),
        (("Nederlands", 1.0), ("Engels", 0.15)), 1.0,
    ),
    Origin(
        "ma", 14,
        _split("Fatima, Khadija, Naima, Samira, Latifa, Houda, Souad, Imane, Malika, Nadia, "
               "Hanane, Yasmina, Salma, Rachida, Zineb, Loubna"),
        _split("Mohamed, Youssef, Said, Hamid, Karim, Mustafa, Bilal, Ayoub, Abdelkader, Rachid, "
               "Brahim, Hicham, Nordin, Anouar, Soufiane, Driss"),
        _split("El Amrani, Bouzid, El Idrissi, Benali, Ait Taleb, Azzouzi, El Khattabi, "
               "Boukhari, Haddouchi, Tahiri, Ziani, Essaidi, El Ouardi, Bennani, Amezian, "
               "Chaouch, El Hamdaoui, Aziz"),
        (("Arabisch", 0.7), ("Tamazight", 0.5), ("Frans", 0.1)), 0.8,
    ),
    Origin(
        "tr", 11,
        _split("Ayşe, Fatma, Emine, Hatice, Elif, Zeynep, Esra, Gül, Songül, Meryem, Derya, "
               "Sevgi, Büşra, Hülya"),
        _split("Mehmet, Ahmet, Mustafa, Emre, Hüseyin, Ali, Burak, Kemal, Hasan, Murat, Serkan, "
               "Osman, Yusuf, Erdal"),
        _split("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Koç, "
               "Kurt, Özdemir, Aksoy, Polat, Erdoğan, Güneş, Kılıç"),
        (("Turks", 1.0), ("Koerdisch", 0.12)), 0.75,
    ),
    Origin(
        "sr", 9,
        _split("Shanti, Anita, Sunita, Priya, Sharon, Jennifer, Gerda, Ingrid, Marlies, Kavita, "
               "Sandhya, Joan, Glenda, Ursula"),
        _split("Rajesh, Ravi, Dewanand, Marlon, Ricardo, Roy, Errol, Glenn, Sunil, Anand, "
               "Iwan, Rudi, Orlando, Humphrey"),
        _split("Ramdin, Sewnath, Jagesar, Ramcharan, Baldewsingh, Kanhai, Ramautar, Pinas, "
               "Linger, Sedney, Kross, Esajas, Tjon A Fong, Vlijter, Karsters, Doelwijt, "
               "Mahabier, Bhagwandin"),
        (("Sranantongo", 0.55), ("Sarnami", 0.35)), 1.0,
    ),
    Origin(
        "cw", 5,
        _split("Giselle, Suhaily, Zuleika, Jeanette, Shurandy, Milouska, Rosina, Yolanda, "
               "Dayenne, Maritza"),
        _split("Jurgen, Quincy, Edsel, Shurwen, Rudsel, Ruthsel, Gilbert, Ivan, Nelson, Eugene"),
        _split("Martina, Isenia, Rosaria, Maduro, Winklaar, Croes, Leito, Balentien, Mercera, "
               "Statia, Pieternella, Wernet, Cijntje, Koeiman"),
        (("Papiaments", 1.0), ("Spaans", 0.2), ("Engels", 0.25)), 0.9,
    ),
    Origin(
        "cv", 4,
        _split("Maria, Ana, Fernanda, Elisa, Djamila, Ivanilda, Odete, Lúcia, Carla, Edna"),
        _split("Manuel, José, João, Carlos, Nelson, Adilson, Domingos, Arlindo, Hélio, Jorge"),
        _split("Lopes, Tavares, Fortes, Monteiro, Fernandes, Semedo, Gomes, Silva, Delgado, "
               "Rodrigues, Andrade, Barros, Varela, Pires"),
        (("Kaapverdisch Creools", 1.0), ("Portugees", 0.6)), 0.7,
    ),
    Origin(
        "pl", 5,
        _split("Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Ewa, Monika, Beata, Karolina, "
               "Aleksandra"),
        _split("Piotr, Tomasz, Krzysztof, Marek, Paweł, Michał, Łukasz, Grzegorz, Jakub, "
               "Andrzej"),
        _split("Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, "
               "Szymański, Woźniak, Dąbrowski, Kozłowski, Mazur, Jankowski, Kaczmarek"),
        (("Pools", 1.0), ("Engels", 0.4)), 0.35, gendered=True,
    ),
    Origin(
        "bg", 3,
        _split("Maria, Elena, Desislava, Ivanka, Gergana, Radka, Sevgi, Nurten"),
        _split("Georgi, Ivan, Dimitar, Nikolay, Stoyan, Hristo, Ahmed, Ismail"),
        _split("Petrov, Ivanov, Georgiev, Dimitrov, Stoyanov, Nikolov, Hristov, Todorov, "
               "Angelov, Kolev"),
        (("Bulgaars", 1.0), ("Turks", 0.3)), 0.3, gendered=True,
    ),
    Origin(
        "sy", 4,
        _split("Rania, Lina, Noor, Hiba, Yara, Dima, Amal, Reem, Nour, Ghada, Rasha"),
        _split("Ahmad, Omar, Khaled, Mahmoud, Rami, Hassan, Samer, Tarek, Fadi, Wael, Ammar"),
        _split("Al-Hussein, Haddad, Khatib, Al-Ahmad, Darwish, Nasser, Saleh, Hamdan, Masri, "
               "Sabbagh, Al-Ali, Kassem"),
        (("Arabisch", 1.0), ("Koerdisch", 0.15), ("Engels", 0.3)), 0.4,
    ),
    Origin(
        "er", 2,
        _split("Senait, Helen, Selam, Yordanos, Rahel, Feven, Mulu, Saba, Luwam, Winta"),
        _split("Tesfay, Yonas, Haile, Dawit, Mehari, Filmon, Samuel, Robel, Biniam, Aron"),
        _split("Tesfamariam, Ghebremedhin, Kidane, Berhane, Tekle, Woldu, Habte, Gebru, "
               "Asmerom, Weldemichael"),
        (("Tigrinya", 1.0), ("Arabisch", 0.2), ("Engels", 0.3)), 0.35,
    ),
    Origin(
        "cn", 2,
        _split("Mei, Xiu, Ling, Yan, Hui, Fang, Lan, Wing, Ying"),
        _split("Wei, Jun, Ming, Hong, Jian, Kwok, Chun, Tak, Bo"),
        _split("Chen, Wang, Li, Zhang, Liu, Lin, Huang, Wu, Zhou, Chan, Cheung, Lam, Wong"),
        (("Kantonees", 0.6), ("Mandarijn", 0.6)), 0.55,
    ),
    Origin(
        "gh", 2,
        _split("Ama, Akosua, Abena, Efua, Adwoa, Yaa, Grace, Comfort, Mercy"),
        _split("Kwame, Kofi, Yaw, Kwabena, Kwaku, Emmanuel, Isaac, Samuel, Francis"),
        _split("Mensah, Owusu, Boateng, Asante, Osei, Appiah, Amoah, Agyeman, Darko"),
        (("Twi", 0.9), ("Engels", 0.9)), 0.5,
    ),
    Origin(
        "so", 1.5,
        _split("Hodan, Faadumo, Sahra, Ayaan, Hamdi, Ubah, Khadra, Ifrah"),
        _split("Abdi, Mahad, Abdirahman, Farah, Liban, Said, Guled, Hassan"),
        _split("Ali, Warsame, Farah, Jama, Abdi, Hirsi, Nur, Osman, Dahir"),
        (("Somalisch", 1.0), ("Arabisch", 0.2)), 0.5,
    ),
)


def female_form(last: str) -> str:
    """Polish and Bulgarian surnames take a female form: Kowalski -> Kowalska, Petrov -> Petrova."""
    if last.endswith(("ski", "cki")):
        return last[:-1] + "a"
    if last.endswith(("ov", "ev")):
        return last + "a"
    return last


def split_dutch_surname(full: str) -> tuple[str, str]:
    """"van der Meer" -> ("van der", "Meer"); the infix is what starts in lower case."""
    parts = full.split(" ")
    infix = [p for p in parts[:-1] if p[:1].islower() or p == "'t"]
    if not infix:
        return "", full
    return " ".join(infix), " ".join(parts[len(infix):])


@dataclass(frozen=True)
class Area:
    """A neighbourhood with its district, postcodes and streets."""

    name: str
    district: str
    postcodes: tuple[str, ...]
    streets: tuple[str, ...]
    weight: float


AREAS: tuple[Area, ...] = (
    Area("Oude Westen", "Centrum", ("3014",), _split(
        "Gaffelstraat, Kogelvangerstraat, Josephstraat, Van Speijkstraat, Bloemkwekersstraat, "
        "Adrianastraat, Gouvernestraat, Schietbaanstraat, Sint-Mariastraat, Kruiskade, "
        "Nieuwe Binnenweg, Tiendstraat, Drievriendendwarsstraat, Jan van Loonslaan"), 0.32),
    Area("Tarwewijk", "Charlois", ("3083", "3084"), _split(
        "Mijnsherenlaan, Wolphaertsbocht, Millinxstraat, Brabantsestraat, Boergoensestraat, "
        "Pleinweg, Katendrechtse Lagedijk, Kiefhoekstraat, Riederlaan, Sandelingplein, "
        "Verboomstraat, Grondherenstraat"), 0.24),
    Area("Bloemhof", "Feijenoord", ("3073", "3074"), _split(
        "Lange Hilleweg, Putsebocht, Asterstraat, Anjerstraat, Dahliastraat, Tulpstraat, "
        "Oleanderstraat, Jasmijnstraat, Violierstraat, Hilledijk, Bloemfonteinstraat"), 0.22),
    Area("Hillesluis", "Feijenoord", ("3074", "3075"), _split(
        "Beijerlandselaan, Hillevliet, Slaghekstraat, Groepstraat, Rechthuislaan, "
        "Ledeboerstraat, Lusthofstraat, Strevelsweg, Kastanjestraat, Oranjeboomstraat"), 0.22),
)

# No S as first letter: Dutch postcodes skip SA, SD and SS.
POSTCODE_FIRST = "ABCEGHJKLMNPRTVWX"
POSTCODE_SECOND = "ABCDEGHJKLMNPRSTVWXZ"

# Reserved example domains (RFC 2606): demo addresses can never reach a real person.
MAIL_DOMAINS = ("voorbeeld.example", "buurtmail.example", "post.example", "example.org",
                "example.net", "example.com")

ASCII = str.maketrans({
    "ş": "s", "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ü": "u", "é": "e", "ú": "u", "ó": "o",
    "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z", "ą": "a", "ę": "e", "ć": "c", "'": "",
    "Ş": "S", "Ç": "C", "Ö": "O", "Ü": "U", "Ł": "L", "Ś": "S", "Ż": "Z", "Ź": "Z",
})


def mail_name(text: str) -> str:
    return text.translate(ASCII).lower().replace(" ", "").replace("-", "")
