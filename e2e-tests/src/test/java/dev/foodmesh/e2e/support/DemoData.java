package dev.foodmesh.e2e.support;

import java.util.UUID;

/**
 * The fixed ids of {@code docs/demo-data.md}, loaded by the services under the
 * {@code demo} profile.
 */
public final class DemoData {

	public static final UUID ALICE = UUID.fromString("11111111-1111-4111-8111-111111111111");

	public static final UUID BOB = UUID.fromString("11111111-1111-4111-8111-111111111112");

	public static final UUID CAROL = UUID.fromString("11111111-1111-4111-8111-111111111113");

	public static final UUID MALLORY_SUSPENDED = UUID.fromString("11111111-1111-4111-8111-111111111119");

	public static final UUID PIZZERIA_ROMA_BERLIN = UUID.fromString("22222222-2222-4222-8222-222222222221");

	public static final UUID SUSHI_HAFEN_HAMBURG = UUID.fromString("22222222-2222-4222-8222-222222222222");

	public static final UUID BREZELHAUS_MUNICH = UUID.fromString("22222222-2222-4222-8222-222222222223");

	public static final UUID CLOSED_KITCHEN_BERLIN = UUID.fromString("22222222-2222-4222-8222-222222222224");

	public static final UUID MARGHERITA = UUID.fromString("33333333-3333-4333-8333-333333333311");

	public static final UUID DIAVOLA = UUID.fromString("33333333-3333-4333-8333-333333333312");

	public static final UUID TIRAMISU_UNAVAILABLE = UUID.fromString("33333333-3333-4333-8333-333333333313");

	public static final UUID SALMON_NIGIRI = UUID.fromString("33333333-3333-4333-8333-333333333321");

	public static final UUID MAKI_SET = UUID.fromString("33333333-3333-4333-8333-333333333322");

	public static final UUID BREZEL = UUID.fromString("33333333-3333-4333-8333-333333333331");

	public static final UUID SCHNITZEL = UUID.fromString("33333333-3333-4333-8333-333333333332");

	public static final UUID SOUP_OF_CLOSED_KITCHEN = UUID.fromString("33333333-3333-4333-8333-333333333341");

	public static final UUID COURIER_ADA_BERLIN = UUID.fromString("66666666-6666-4666-8666-666666666611");

	public static final UUID COURIER_GRACE_BERLIN = UUID.fromString("66666666-6666-4666-8666-666666666612");

	public static final UUID COURIER_LINUS_HAMBURG = UUID.fromString("66666666-6666-4666-8666-666666666621");

	public static final String CARD_APPROVED = "tok_visa";

	public static final String CARD_DECLINED = "tok_declined";

	private DemoData() {
	}

}
