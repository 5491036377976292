package org.condordesk.ui.edit;

import java.util.List;

/** The layer templates offered by "Add layer", each with the fields its dialog asks for. */
public enum LayerTemplate {
    CONDOR_BY_STRIKES("Iron condor by strikes", List.of(Field.NAME, Field.EXPIRY, Field.SETTLEMENT,
            Field.LONG_PUT, Field.SHORT_PUT, Field.SHORT_CALL, Field.LONG_CALL, Field.QUANTITY)),
    CONDOR_BY_DELTA("Iron condor by short delta", List.of(Field.NAME, Field.EXPIRY, Field.SETTLEMENT,
            Field.SHORT_DELTA, Field.WING_WIDTH, Field.STRIKE_STEP, Field.QUANTITY)),
    VIX_CALL("VIX long call", List.of(Field.NAME, Field.EXPIRY, Field.STRIKE, Field.QUANTITY, Field.VOL_PCT)),
    VIX_CALL_SPREAD("VIX call spread", List.of(Field.NAME, Field.EXPIRY, Field.STRIKE, Field.SHORT_STRIKE,
            Field.QUANTITY, Field.VOL_PCT)),
    BREAK_EVEN_HEDGE("VIX call spread at the condor's break-even", List.of(Field.NAME, Field.EXPIRY, Field.STRIKE,
            Field.SHORT_STRIKE, Field.QUANTITY, Field.VOL_PCT)),
    VIX_CALL_DIAGONAL("VIX call diagonal", List.of(Field.NAME, Field.EXPIRY, Field.STRIKE, Field.FAR_EXPIRY,
            Field.FAR_STRIKE, Field.QUANTITY, Field.VOL_PCT)),
    VIX_PUT("VIX long put", List.of(Field.NAME, Field.EXPIRY, Field.STRIKE, Field.QUANTITY, Field.VOL_PCT)),
    VIX_FUTURE("Long VIX future", List.of(Field.NAME, Field.EXPIRY, Field.QUANTITY)),
    VIX_MINI_FUTURE("Long VIX mini futures (VXM)", List.of(Field.NAME, Field.EXPIRY, Field.QUANTITY)),
    VIX_ETF("VIX ETF shares", List.of(Field.NAME, Field.SYMBOL, Field.TENOR_DAYS, Field.LEVERAGE, Field.SHARES,
            Field.ETF_PRICE)),
    UVXY("UVXY shares (1.5× short-term VIX futures)", List.of(Field.NAME, Field.SYMBOL, Field.TENOR_DAYS,
            Field.LEVERAGE, Field.SHARES, Field.ETF_PRICE)),
    SVXY("SVXY shares (−0.5× short-term VIX futures)", List.of(Field.NAME, Field.SYMBOL, Field.TENOR_DAYS,
            Field.LEVERAGE, Field.SHARES, Field.ETF_PRICE)),
    VIX_ETF_CALL("VIX ETF calls (VXX, UVXY…)", List.of(Field.NAME, Field.SYMBOL, Field.TENOR_DAYS, Field.LEVERAGE,
            Field.EXPIRY, Field.ETF_STRIKE, Field.QUANTITY, Field.VOL_PCT));

    /** How a field is edited in the dialog. */
    public enum FieldType { TEXT, DATE, SETTLEMENT, NUMBER, INTEGER, SYMBOL }

    /** One input of a template, with its label and a tooltip that gives the unit. */
    public enum Field {
        NAME("Name", FieldType.TEXT, "Layer name shown in the layers list"),
        EXPIRY("Expiry", FieldType.DATE, "Settlement date (VIX: the settlement Wednesday; near leg of a diagonal)"),
        FAR_EXPIRY("Far expiry", FieldType.DATE, "Settlement date of the long far leg"),
        SETTLEMENT("Settlement", FieldType.SETTLEMENT, "PM: SPXW at 16:00 ET; AM: SPX at the 09:30 open"),
        LONG_PUT("Long put", FieldType.NUMBER, "Strike, SPX points"),
        SHORT_PUT("Short put", FieldType.NUMBER, "Strike, SPX points"),
        SHORT_CALL("Short call", FieldType.NUMBER, "Strike, SPX points"),
        LONG_CALL("Long call", FieldType.NUMBER, "Strike, SPX points"),
        SHORT_DELTA("Short delta", FieldType.NUMBER, "|delta| of the short strikes, e.g. 0.16"),
        WING_WIDTH("Wing width", FieldType.NUMBER, "SPX points from each short strike to its long wing"),
        STRIKE_STEP("Strike step", FieldType.NUMBER, "Strike grid, SPX points"),
        STRIKE("Strike", FieldType.NUMBER, "VIX points (long strike; near strike of a diagonal)"),
        SHORT_STRIKE("Short strike", FieldType.NUMBER, "VIX points, above the long strike"),
        FAR_STRIKE("Far strike", FieldType.NUMBER, "VIX points, strike of the long far leg"),
        QUANTITY("Quantity", FieldType.INTEGER, "Contracts per leg (> 0; the template sets long/short)"),
        VOL_PCT("Implied vol %", FieldType.NUMBER, "VIX-option implied vol in percent (vol of vol), e.g. 85"),
        SYMBOL("Symbol", FieldType.SYMBOL, "ETF/ETN symbol; its price comes from the market's ETF quotes"),
        TENOR_DAYS("Target tenor", FieldType.INTEGER, "Constant-maturity target of the ETF, days (30 for VXX)"),
        LEVERAGE("Leverage", FieldType.NUMBER, "Daily leverage: 1 for VXX, -1 for an inverse product"),
        SHARES("Shares", FieldType.INTEGER, "Shares held, negative = short"),
        ETF_PRICE("Price", FieldType.NUMBER, "Price paid per share, $; a symbol the market has no price for gets this one"),
        ETF_STRIKE("Strike", FieldType.NUMBER, "Strike, $ per ETF share");

        private final String label;
        private final FieldType type;
        private final String tip;

        Field(String label, FieldType type, String tip) {
            this.label = label;
            this.type = type;
            this.tip = tip;
        }

        public String label() {
            return label;
        }

        public FieldType type() {
            return type;
        }

        public String tip() {
            return tip;
        }
    }

    private final String title;
    private final List<Field> fields;

    LayerTemplate(String title, List<Field> fields) {
        this.title = title;
        this.fields = fields;
    }

    public String title() {
        return title;
    }

    public List<Field> fields() {
        return fields;
    }

    /** True for templates whose expiry is a VIX settlement (the dialog lists the monthly and weekly ones). */
    public boolean vixExpiry() {
        return switch (this) {
            case VIX_CALL, VIX_CALL_SPREAD, BREAK_EVEN_HEDGE, VIX_CALL_DIAGONAL, VIX_PUT, VIX_FUTURE, VIX_MINI_FUTURE -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return title;
    }
}
