package org.tangier.matching.name;

import java.util.HashMap;
import java.util.Map;

/**
 * Short forms and pet names of given names, written from common knowledge of each language's usage: Bill is
 * William, Ted is Edward or Theodore, Bibi is Benjamin, Sasha is Alexander, Pepe is José, Beppe is Giuseppe,
 * Sepp is Josef. Each line is one family of forms; two parts are related when some family holds both. The
 * formal variants of one family (Benjamin, Benyamin) meet by spelling anyway; the family only adds the short
 * forms.
 */
final class GivenNameForms {
    private GivenNameForms() {}

    private static final String[] FAMILIES = {
            "william bill billy will willy willie liam wim",
            "robert roberto bob bobby rob robbie robby bert beto",
            "richard dick rick ricky rich richie",
            "edward ted teddy ed eddie ned",
            "theodore ted teddy theo",
            "james jim jimmy jamie",
            "joseph jose josef giuseppe joe joey pepe sepp seppi beppe peppe pino",
            "michael mike mikey mick micky",
            "anthony antony tony",
            "charles chuck charlie chas",
            "albert al bert",
            "thomas tom tommy",
            "catherine katherine kathryn katharina kate katie cathy kathy kitty",
            "margaret peggy maggie meg margo greta",
            "elizabeth elisabeth liz lizzie beth betty betsy eliza",
            "david dave davey",
            "daniel dan danny",
            "benjamin benyamin binyamin ben benny bibi",
            "alexander aleksandr aleksander alexandre alessandro oleksandr alex sasha sacha sanya shura sandro",
            "alexandra aleksandra sasha sandra",
            "vladimir volodymyr wladimir volodya vova",
            "mikhail mikheil michail mykhailo misha mischa",
            "dmitry dmitri dmitriy dima",
            "nikolai nikolay mykola kolya",
            "yevgeny evgeny evgeniy yevgeniy zhenya",
            "konstantin kostya",
            "ivan vanya",
            "sergey sergei seryozha",
            "aleksey alexei alexey alyosha lyosha",
            "natalia natalya natasha",
            "yekaterina ekaterina katya",
            "maria mariya masha",
            "anastasia nastya",
            "tatiana tatyana tanya",
            "svetlana sveta",
            "francisco paco pancho curro",
            "ignacio nacho",
            "enrique kike quique",
            "manuel manolo",
            "rafael rafa",
            "fernando nando",
            "friedrich fritz",
            "johannes hans hannes",
            "john jack johnny",
            "jonathan jon",
            "nicholas nick nicky",
            "christopher chris",
            "patrick pat paddy",
            "peter pete",
            "samuel sam sammy",
            "steven stephen steve",
            "timothy tim",
            "matthew matt",
            "andrew andy drew",
            "gregory greg",
            "lawrence laurence larry",
            "henry harry hank",
            "ronald ron ronnie",
            "donald don donnie",
            "gerald jerry",
            "jeffrey jeff",
            "kenneth ken kenny",
            "raymond ray",
            "walter walt wally",
            "frederick fred freddie",
            "abraham abe",
            "susan sue suzy",
            "jennifer jen jenny",
            "patricia pat patty trish",
            "rebecca becky",
            "victoria vicky",
    };

    /** Part to a bit set of the families it belongs to (a form may belong to several: Ted). */
    private static final Map<String, Long> FAMILY_BITS = new HashMap<>();
    private static final Map<String, Long> FAMILY_BITS_HIGH = new HashMap<>();

    static {
        for (int f = 0; f < FAMILIES.length; f++) {
            for (String form : FAMILIES[f].split(" ")) {
                if (f < 64) FAMILY_BITS.merge(form, 1L << f, (a, b) -> a | b);
                else FAMILY_BITS_HIGH.merge(form, 1L << (f - 64), (a, b) -> a | b);
            }
        }
    }

    /** Whether two different folded parts are forms of one given name. */
    static boolean related(String a, String b) {
        if (a.equals(b)) return false;
        Long la = FAMILY_BITS.get(a), lb = FAMILY_BITS.get(b);
        if (la != null && lb != null && (la & lb) != 0) return true;
        Long ha = FAMILY_BITS_HIGH.get(a), hb = FAMILY_BITS_HIGH.get(b);
        return ha != null && hb != null && (ha & hb) != 0;
    }
}
