// Keyboard use of the onthaal console, as a progressive enhancement (everything works without it):
// "/" jumps to the search field; the arrow keys move between result links and buttons.
(function () {
	'use strict';
	var search = document.querySelector('[data-console-search]');
	var results = document.querySelector('[data-console-results]');
	document.addEventListener('keydown', function (event) {
		var target = event.target;
		var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
		if (event.key === '/' && !typing && search) {
			event.preventDefault();
			search.focus();
			search.select();
			return;
		}
		if (!results || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) {
			return;
		}
		if (typing && target !== search) {
			return;
		}
		var items = Array.prototype.slice.call(results.querySelectorAll('h3 a, h4 a, button'));
		if (items.length === 0) {
			return;
		}
		event.preventDefault();
		var index = items.indexOf(document.activeElement);
		if (event.key === 'ArrowDown') {
			items[Math.min(index + 1, items.length - 1)].focus();
		}
		else if (index <= 0) {
			search && search.focus();
		}
		else {
			items[index - 1].focus();
		}
	});
}());
