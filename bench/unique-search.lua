-- wrk request generator: every request is a search nobody asked before ("rijbewijs 1", "rijbewijs 2", ...), so
-- neither the page cache nor the search cache can answer: this is the path to PostgreSQL.
local counter = 0
request = function()
	counter = counter + 1
	return wrk.format("GET", "/zoeken?q=rijbewijs+" .. counter .. "+" .. math.random(1, 1000000))
end
