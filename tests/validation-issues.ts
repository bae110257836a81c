/** Runs `fn`, expects a ValidationError, and returns its issues (fails the test otherwise). */
import { expect } from 'vitest';
import { ValidationError, type ValidationIssue } from '../src/index.js';

export function validationIssues(fn: () => unknown): ValidationIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}
