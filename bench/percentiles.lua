-- wrk reporting hook: prints the 50th, 95th and 99th latency percentiles in milliseconds on one line, so the
-- bench script can read p95 (wrk's own --latency table stops at 90% and 99%).
done = function(summary, latency, requests)
	io.write(string.format("PERCENTILES %.2f %.2f %.2f\n", latency:percentile(50) / 1000,
		latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
