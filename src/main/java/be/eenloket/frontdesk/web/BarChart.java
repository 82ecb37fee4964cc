package be.eenloket.frontdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a simple bar chart drawn as SVG on the server, so it needs no JavaScript and prints well. The
 * numbers are also in a table next to it, which is the chart's text alternative.
 */
record BarChart(int width, int height, List<Bar> bars) {

	static final int WIDTH = 640;

	static final int HEIGHT = 220;

	/** Room for labels under the bars and values above them. */
	static final int LABEL_SPACE = 24;

	record Bar(String label, long value, int x, int y, int barWidth, int barHeight, int labelX) {
	}

	static BarChart of(Map<String, Long> values) {
		var max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
		var slot = values.isEmpty() ? WIDTH : WIDTH / values.size();
		var barWidth = Math.max(4, slot * 2 / 3);
		var usable = HEIGHT - 2 * LABEL_SPACE;
		var bars = new ArrayList<Bar>();
		var index = 0;
		for (var entry : values.entrySet()) {
			var barHeight = max == 0 ? 0 : (int) Math.round(entry.getValue() * (double) usable / max);
			var x = index * slot + (slot - barWidth) / 2;
			bars.add(new Bar(entry.getKey(), entry.getValue(), x, HEIGHT - LABEL_SPACE - barHeight, barWidth, barHeight,
					x + barWidth / 2));
			index++;
		}
		return new BarChart(WIDTH, HEIGHT, bars);
	}

}
