package org.condordesk.model;

/**
 * One row of the scenario's cost-of-capital table: a source of the money that backs the margin (own cash, a
 * margin loan…), its weight in the mix and its annual cost as an effective rate (0.05 = 5 % a year). The
 * weighted average of the rows is the cost of capital the capital report compares IRR against (docs/capital.md).
 */
public record FundingSource(String name, double weight, double annualRate) {

    public FundingSource {
        Check.name("name", name, Check.SHORT_NAME_CHARS);
        Check.between("weight", weight, 0, 1_000_000);
        Check.between("annualRate", annualRate, -0.5, 5);
    }

    public FundingSource withName(String value) {
        return new FundingSource(value, weight, annualRate);
    }

    public FundingSource withWeight(double value) {
        return new FundingSource(name, value, annualRate);
    }

    public FundingSource withAnnualRate(double value) {
        return new FundingSource(name, weight, value);
    }
}
