package be.eenloket.organisation.internal;

import java.util.ArrayList;
import java.util.List;

import be.eenloket.organisation.PositionKind;

/**
 * Places the units of a snapshot as boxes in a top-down tree: leaves side by side, every parent centred above its
 * children, several top units next to each other. Both the SVG and the PDF chart draw this same layout.
 */
public final class ChartLayout {

	public static final double BOX_WIDTH = 190;

	public static final double BOX_HEIGHT = 74;

	public static final double GAP_X = 18;

	public static final double GAP_Y = 46;

	public static final double MARGIN = 20;

	/** One unit's box; {@code lines} are the texts inside it, top to bottom. */
	public record Box(Snapshot.Unit unit, double x, double y, List<String> nameLines, String typeLine, String leadLine,
			Long parentId) {

		public double centerX() {
			return x + BOX_WIDTH / 2;
		}

	}

	public record Layout(List<Box> boxes, double width, double height) {

		public Box box(long unitId) {
			return boxes.stream().filter(box -> box.unit().id() == unitId).findFirst().orElse(null);
		}

	}

	/** Labels the layout needs: unit type names, the "vacant" word, whether to show names of people. */
	public interface Labels {

		String type(Snapshot.Unit unit);

		String vacant();

		boolean showNames();

	}

	private ChartLayout() {
	}

	public static Layout of(Snapshot snapshot, Labels labels) {
		var boxes = new ArrayList<Box>();
		var next = new double[] { MARGIN };
		var maxDepth = new int[] { 0 };
		for (var root : snapshot.roots()) {
			place(snapshot, root, 0, next, boxes, labels, maxDepth);
		}
		var width = Math.max(next[0] - GAP_X + MARGIN, BOX_WIDTH + 2 * MARGIN);
		var height = MARGIN * 2 + (maxDepth[0] + 1) * BOX_HEIGHT + maxDepth[0] * GAP_Y;
		return new Layout(List.copyOf(boxes), width, height);
	}

	private static double place(Snapshot snapshot, Snapshot.Unit unit, int depth, double[] next, List<Box> boxes,
			Labels labels, int[] maxDepth) {
		maxDepth[0] = Math.max(maxDepth[0], depth);
		var children = snapshot.children(unit.id());
		double x;
		if (children.isEmpty()) {
			x = next[0];
			next[0] += BOX_WIDTH + GAP_X;
		}
		else {
			var first = Double.NaN;
			var last = 0d;
			for (var child : children) {
				var childX = place(snapshot, child, depth + 1, next, boxes, labels, maxDepth);
				if (Double.isNaN(first)) {
					first = childX;
				}
				last = childX;
			}
			x = (first + last) / 2;
		}
		var y = MARGIN + depth * (BOX_HEIGHT + GAP_Y);
		boxes.add(new Box(unit, x, y, wrap(unit.name(), 26), labels.type(unit), lead(snapshot, unit, labels),
				unit.parentId()));
		return x;
	}

	private static String lead(Snapshot snapshot, Snapshot.Unit unit, Labels labels) {
		var head = snapshot.lead(unit.id(), PositionKind.HEAD);
		if (head.isEmpty()) {
			return "";
		}
		var title = head.get().position().title();
		if (!labels.showNames()) {
			return title;
		}
		return head.get().vacant() ? title + ": " + labels.vacant() : head.get().holders().get(0).person().fullName();
	}

	/** Splits a name over at most two lines of about {@code width} characters, shortening the rest. */
	static List<String> wrap(String text, int width) {
		if (text.length() <= width) {
			return List.of(text);
		}
		var cut = text.lastIndexOf(' ', width);
		if (cut <= 0) {
			cut = width;
		}
		var first = text.substring(0, cut).strip();
		var rest = text.substring(cut).strip();
		if (rest.length() > width) {
			rest = rest.substring(0, width - 1) + "…";
		}
		return List.of(first, rest);
	}

}
