import { XMLParser } from 'fast-xml-parser';

/** Partner API SOAP envelopes, in and out. */

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: true });

export interface SoapRequest {
  operation: string;
  body: Record<string, unknown>;
  sessionId?: string;
}

export function parseSoapRequest(xml: string): SoapRequest | undefined {
  try {
    const doc = parser.parse(xml) as {
      Envelope?: { Body?: Record<string, unknown>; Header?: Record<string, unknown> };
    };
    const body = doc.Envelope?.Body;
    if (!body || typeof body !== 'object') return undefined;
    const operation = Object.keys(body)[0];
    if (!operation) return undefined;
    const header = doc.Envelope?.Header as { SessionHeader?: { sessionId?: unknown } } | undefined;
    const sessionId = header?.SessionHeader?.sessionId;
    const content = body[operation];
    return {
      operation,
      body: content && typeof content === 'object' ? (content as Record<string, unknown>) : {},
      sessionId: typeof sessionId === 'string' ? sessionId : undefined,
    };
  } catch {
    return undefined;
  }
}

export function xmlEscape(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const ENVELOPE_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
  'xmlns="urn:partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xmlns:sf="urn:fault.partner.soap.sforce.com"><soapenv:Body>';
const ENVELOPE_CLOSE = '</soapenv:Body></soapenv:Envelope>';

export function soapEnvelope(bodyXml: string): string {
  return ENVELOPE_OPEN + bodyXml + ENVELOPE_CLOSE;
}

/** A fault as the partner API sends it; `code` like INVALID_LOGIN, `faultcode` defaults to sf:{code}. */
export function soapFault(
  code: string,
  message: string,
  faultType = 'UnexpectedErrorFault',
  faultcode = `sf:${code}`,
): string {
  return soapEnvelope(
    `<soapenv:Fault><faultcode>${faultcode}</faultcode><faultstring>${xmlEscape(`${code}: ${message}`)}</faultstring>` +
      `<detail><sf:${faultType} xsi:type="sf:${faultType}"><sf:exceptionCode>${code}</sf:exceptionCode>` +
      `<sf:exceptionMessage>${xmlEscape(message)}</sf:exceptionMessage></sf:${faultType}></detail></soapenv:Fault>`,
  );
}

export function element(name: string, value: string | number | boolean | null): string {
  if (value === null) return `<${name} xsi:nil="true"/>`;
  return `<${name}>${xmlEscape(String(value))}</${name}>`;
}
