/**
 * A user's modular application: it requires revops-clv by the automatic module name its manifest gives
 * (revops-clv has no descriptor while Hipparchus has no module names).
 */
module consumer.clv {
    requires io.github.revops.clv;
}
