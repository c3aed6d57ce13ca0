'use strict';

/**
 * Helpers shared by the fostering rules. They work whether or not the
 * camunda moddle extension was loaded (without it, camunda:* attributes
 * end up in $attrs).
 */

function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function isAny(node, types) {
  return types.some(type => is(node, type));
}

/**
 * Value of the attribute camunda:<name> of a BPMN element, or undefined.
 */
function camundaAttr(node, name) {
  const attrs = node.$attrs || {};

  if (attrs['camunda:' + name] !== undefined) {
    return attrs['camunda:' + name];
  }

  try {
    const value = node.get('camunda:' + name);
    return value === null ? undefined : value;
  } catch (e) {
    return undefined;
  }
}

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

/**
 * A JUEL expression: ${...} or #{...} (the whole value).
 */
function isExpression(value) {
  return /^\s*[$#]\{[\s\S]*\}\s*$/.test(String(value));
}

/**
 * The element to report a problem of `node` on: the closest flow element, process, participant
 * or lane around it (what a modeler can select), else the closest element with an id.
 */
function owner(node) {
  const selectable = [ 'bpmn:FlowElement', 'bpmn:Process', 'bpmn:Participant', 'bpmn:Lane', 'bpmn:Artifact' ];

  for (let current = node; current; current = current.$parent) {
    if (current.id && isAny(current, selectable)) {
      return current;
    }
  }

  for (let current = node; current; current = current.$parent) {
    if (current.id) {
      return current;
    }
  }
}

module.exports = {
  owner,
  is,
  isAny,
  camundaAttr,
  isBlank,
  isExpression
};
