package org.tangier.matching.name;

import java.util.HashMap;
import java.util.Map;

/**
 * How common a name part is, as the share of people who carry it: the built-in table for when the indexed
 * population is too small to tell. Keyed by consonant skeleton, so every spelling of Muhammad counts as one.
 *
 * <p>The shares are rough public figures (Muhammad and its spellings are carried by several percent of men in
 * Arabic-speaking and many Muslim-majority countries; Ali, Ahmad, Hassan, Hussein, Abdullah, Ibrahim follow;
 * Smith, Wang, Li, Garcia are the largest surnames of their regions). Only the order of magnitude matters:
 * a weight is the logarithm of the share.
 */
final class NameFrequencies {
    private NameFrequencies() {}

    private static final String TABLE = """
            muhammad 0.08  mohamed 0.08  ahmad 0.03  ali 0.04  mahmud 0.012  mustafa 0.01  hasan 0.02  husayn 0.02
            abdallah 0.02  abdrahman 0.01  abdaziz 0.006  abdkarim 0.005  abdkadir 0.005  abdsalam 0.004 abdlatif 0.003
            abdrahim 0.003  abdhamid 0.003  abdmajid 0.002  abdnasir 0.002  abdwahab 0.002  abdhadi 0.002
            ibrahim 0.015  ismail 0.008  yusuf 0.012  umar 0.012  uthman 0.005  khalid 0.01  khalil 0.006 said 0.008
            saeed 0.008  salim 0.006  salih 0.006  sulayman 0.006  abubakr 0.005  abubakar 0.005  bakr 0.004  yahya 0.005
            musa 0.006  isa 0.004  jamal 0.005  karim 0.006  hamid 0.008  ahmed 0.03  mahmoud 0.012  hussein 0.02
            hassan 0.02  nasser 0.005  nasir 0.005  rashid 0.005  tariq 0.004  walid 0.004  yasin 0.004  zakariya 0.003
            idris 0.004  amin 0.005  anwar 0.003  faisal 0.004  fahd 0.003  sultan 0.004  malik 0.005  jafar 0.003
            fatima 0.03  aisha 0.015  khadija 0.01  maryam 0.015  zaynab 0.01  amina 0.01  nur 0.008  layla 0.005
            salman 0.004  hamza 0.005  bilal 0.004  usama 0.004  imran 0.004  idriss 0.003  mamadou 0.01  moussa 0.006
            abdoulaye 0.008  ousmane 0.008  ibrahima 0.008  amadou 0.006  boubacar 0.006  seydou 0.004  diallo 0.01
            traore 0.008  coulibaly 0.006  kone 0.006  keita 0.005  sow 0.005  ba 0.004  bah 0.004
            john 0.02  james 0.015  david 0.012  michael 0.012  robert 0.01  william 0.01  joseph 0.008  peter 0.006
            maria 0.02  jose 0.01  juan 0.01  carlos 0.006  luis 0.006  jean 0.01  pierre 0.006  ivan 0.008
            aleksandr 0.008  sergey 0.006  vladimir 0.005  smith 0.01  jones 0.006  brown 0.005  garcia 0.008
            rodriguez 0.006  martinez 0.006  lopez 0.006  gonzalez 0.006  hernandez 0.005  perez 0.005  martin 0.006
            muller 0.006  ivanov 0.004  kim 0.02  lee 0.015  park 0.008  nguyen 0.03  tran 0.01  wang 0.05  li 0.05
            zhang 0.05  liu 0.04  chen 0.04  yang 0.02  huang 0.02  zhao 0.015  wu 0.015  zhou 0.015  singh 0.02
            kumar 0.02  khan 0.02  shah 0.008  de 0.02  da 0.01  van 0.01  von 0.005  dos 0.008  del 0.006  la 0.005
            le 0.01  du 0.005  mohammad 0.08  muhammed 0.08
            """;

    private static final Map<String, Double> BY_SKELETON = new HashMap<>();

    static {
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.trim().split("\\s+");
            for (int i = 0; i + 1 < f.length; i += 2) {
                for (NameToken t : NameAnalyzer.analyze(f[i])) BY_SKELETON.merge(t.skeleton, Double.parseDouble(f[i + 1]), Math::max);
            }
        }
    }

    /**
     * Prior share of people carrying a part with this skeleton. Unknown parts get a share that grows as the
     * skeleton shrinks: a two-consonant part collides with many names, a five-consonant one with few.
     */
    static double prior(String skeleton) {
        Double known = BY_SKELETON.get(skeleton);
        if (known != null) return known;
        return switch (skeleton.length()) {
            case 0, 1 -> 0.01;
            case 2 -> 0.002;
            case 3 -> 0.0005;
            default -> 0.0002;
        };
    }

    /** How many people the built-in priors are worth against the indexed population's own counts. */
    static final double PRIOR_POPULATION = 2000;
    static final double MIN_WEIGHT = 0.5;
    static final double MAX_WEIGHT = 10;

    /**
     * IDF-like weight: minus the log of the share, estimated from the indexed population ({@code df} of
     * {@code population}) with the prior as a pseudo-count, so that a fresh index and a small one behave.
     */
    static double weight(double prior, int df, int population) {
        double share = (df + PRIOR_POPULATION * prior) / (population + PRIOR_POPULATION);
        return Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, -Math.log(share)));
    }

    /** The weight's two halves, for an index that keeps the first per key: {@code weight = clamp(logPopulation - logCount)}. */
    static double logCount(double prior, int df) {
        return Math.log(df + PRIOR_POPULATION * prior);
    }

    static double logPopulation(int population) {
        return Math.log(population + PRIOR_POPULATION);
    }

    static double clamp(double weight) {
        return Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, weight));
    }

    static double initialWeight() {
        return 1.0;
    }
}
