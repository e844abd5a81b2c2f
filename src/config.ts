import { z } from 'zod';

/** Environment variable names are part of the contract (README, env/ templates, CI): keep them stable. */
const Env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().trim().default('sqlite:./data/lotsenbot.sqlite'),
    MicrosoftAppId: z.string().trim().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppTenantId: z.string().trim().default(''),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    DEFAULT_LOCALE: z.enum(['de', 'en']).default('de'),
    CATALOGUE_FILE: z.string().trim().optional(),
    /** The knowledge base (FAQ answers); organisers edit it without a deploy, the bot reloads it on change. */
    FAQ_FILE: z.string().trim().default('data/faq.json'),
    /** Labelled chat questions the FAQ classifier learns from (reloaded on change too); empty: the knowledge base's own questions only. */
    FAQ_TRAINING_FILE: z.string().trim().default('data/faq-training-questions.json'),
    /** Folder for trained FAQ models, so a restart with unchanged data skips the few seconds of training; empty: none. */
    FAQ_MODEL_CACHE_DIR: z.string().trim().default('.cache/faq-models'),
    OFFER_TTL_HOURS: z.coerce.number().min(1).max(24 * 14).default(48),
    /** Where people's calendar links point; the bot's public address in Teams. */
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Signs calendar links; a random one per start when empty (links then stop working after a restart). */
    CALENDAR_LINK_SECRET: z.string().min(16).optional(),
    /** Comma-separated AAD object ids of organisers. */
    ORGANISER_AAD_IDS: z.string().default(''),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** How often the background workers look for work: the outbox relay, the job runner and the message sender. */
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(1_000),
    JOB_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(1_000),
    DELIVERY_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(500),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
  });

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; a wrong value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return toConfig(parsed.data);
}

function toConfig(env: z.infer<typeof Env>) {
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    bot: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      tenantId: env.MicrosoftAppTenantId,
      appType: env.MicrosoftAppType,
      /** No app id: the Agents Playground or a test talks to us without tokens. */
      localMode: env.MicrosoftAppId === '',
    },
    defaultLocale: env.DEFAULT_LOCALE,
    catalogueFile: env.CATALOGUE_FILE,
    faqFile: env.FAQ_FILE,
    faqTrainingFile: env.FAQ_TRAINING_FILE === '' ? undefined : env.FAQ_TRAINING_FILE,
    faqModelCacheDir: env.FAQ_MODEL_CACHE_DIR === '' ? undefined : env.FAQ_MODEL_CACHE_DIR,
    offerTtlMs: env.OFFER_TTL_HOURS * 3_600_000,
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    calendarLinkSecret: env.CALENDAR_LINK_SECRET,
    organiserIds: env.ORGANISER_AAD_IDS.split(',').map((s) => s.trim()).filter(Boolean),
    logLevel: env.LOG_LEVEL,
    workers: { outboxPollMs: env.OUTBOX_POLL_MS, jobPollMs: env.JOB_POLL_MS, deliveryPollMs: env.DELIVERY_POLL_MS },
  };
}
