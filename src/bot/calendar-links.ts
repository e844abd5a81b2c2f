import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Calendar files are served over HTTP (Teams bots cannot attach files in every chat); the link carries an HMAC of the
 * enrolment id so nobody can fetch another person's invite by guessing ids.
 */
export class CalendarLinks {
  private readonly secret: Buffer;
  private readonly baseUrl: string;

  constructor(baseUrl: string, secret?: string) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.secret = secret ? Buffer.from(secret) : randomBytes(32);
  }

  urlFor(enrolmentId: string): string {
    return `${this.baseUrl}/api/calendar/${encodeURIComponent(enrolmentId)}.ics?sig=${this.sign(enrolmentId)}`;
  }

  verify(enrolmentId: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(enrolmentId));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(enrolmentId: string): string {
    return createHmac('sha256', this.secret).update(enrolmentId).digest('base64url').slice(0, 32);
  }
}
