package org.consolida.testkit;

import org.consolida.inventory.PowerCurve;

/** Power curves with round figures, so that a test can compute watts and energy by hand. */
public final class PowerCurves {
    /** 100 W idle, 200 W at full load: 150 W at 50 %. */
    public static final PowerCurve LINEAR_100_200 = PowerCurve.linear(100, 200);
    /** 200 W idle, 400 W at full load. */
    public static final PowerCurve LINEAR_200_400 = PowerCurve.linear(200, 400);
    /** An old server's: 90 W idle, 200 W at full load. */
    public static final PowerCurve LINEAR_90_200 = PowerCurve.linear(90, 200);
    /** A large modern server's: 150 W idle, 600 W at full load. */
    public static final PowerCurve LINEAR_150_600 = PowerCurve.linear(150, 600);

    private PowerCurves() {
    }
}
