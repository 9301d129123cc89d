// Builds elements from data with text nodes only: nothing from the ledger is parsed as HTML.
export function h(tag, attributes, ...children) {
	return build(document.createElement(tag), attributes, children);
}

// The same for SVG elements.
export function svg(tag, attributes, ...children) {
	return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);
}

function build(element, attributes, children) {
	for (const [name, value] of Object.entries(attributes ?? {})) {
		if (value == null || value === false) {
			continue;
		}
		if (name.startsWith('on')) {
			element.addEventListener(name.slice(2), value);
		}
		else {
			element.setAttribute(name, value === true ? '' : value);
		}
	}
	for (const child of children.flat(Infinity)) {
		if (child != null && child !== false) {
			element.append(child instanceof Node ? child : String(child));
		}
	}
	return element;
}

export function replaceChildren(parent, ...children) {
	parent.replaceChildren(...children.flat(Infinity).filter((child) => child != null && child !== false));
}
