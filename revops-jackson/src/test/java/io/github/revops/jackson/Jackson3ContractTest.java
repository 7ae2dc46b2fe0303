package io.github.revops.jackson;

import io.github.revops.json.contract.CoverageContract;
import io.github.revops.json.contract.DocumentedExamplesContract;
import io.github.revops.json.contract.ErrorContract;
import io.github.revops.json.contract.JsonEngine;
import io.github.revops.json.contract.RoundTripContract;
import io.github.revops.json.contract.SchemaContract;

/** The contract every revops JSON adapter passes, with Jackson 3. */
class Jackson3ContractTest implements RoundTripContract, SchemaContract, ErrorContract, CoverageContract,
        DocumentedExamplesContract {

    private final JsonEngine engine = new Jackson3Engine();

    @Override
    public JsonEngine engine() {
        return engine;
    }
}
