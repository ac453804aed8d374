/**
 * The knowledge base as a shared pipeline resource: loaded once per process from the
 * active KB file (the user KB when one exists, else the shipped one), read-only.
 */
import { defineResource } from '../core/resources.js';
import type { KnowledgeBase } from '../ports/knowledge-base.js';
import { activeKbPath, loadKnowledgeBase } from './store.js';

export const knowledgeBaseResource = defineResource<KnowledgeBase>('knowledge-base', () =>
  loadKnowledgeBase(activeKbPath()),
);
