export * from './contact.types.ts';
