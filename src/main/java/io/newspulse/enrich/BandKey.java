package io.newspulse.enrich;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys MinHash band probes by band. */
public class BandKey implements KeySelector<BandProbe, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(BandProbe p) {
        return p.bandKey;
    }
}
