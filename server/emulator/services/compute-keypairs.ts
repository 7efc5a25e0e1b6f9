/**
 * Key pairs (instance-api-v2.ko.md, 키페어): list, show, create or register, delete. A taken name
 * is refused before a key is made and again after (issue 12).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { checkKeypairName, describeKeypairNameProblem } from '../../../src/domain/keypair';
import { type Deps, type EmulatorEnv, readBody } from '../context';
import { badRequest, conflict, notFound } from '../errors';
import { renderKeypair } from '../render';
import { generateKeypair, parsePublicKey } from '../ssh-keys';
import { computeScope } from './compute-scope';

const keypairBody = z.object({
  keypair: z.object({
    name: z.string(),
    public_key: z.string().max(16384).optional(),
    type: z.enum(['ssh', 'x509']).optional(),
  }),
});

export function registerKeypairs(app: Hono<EmulatorEnv>, { store }: Deps) {
  app.get('/os-keypairs', (c) => {
    const { tenant } = computeScope(c, store);
    return c.json({
      keypairs: tenant.keypairs.map((k) => ({
        keypair: {
          public_key: k.publicKey,
          name: k.name,
          fingerprint: k.fingerprint,
          type: k.type,
        },
      })),
    });
  });
  app.get('/os-keypairs/:name', (c) => {
    const { tenant, userId } = computeScope(c, store);
    const keypair = tenant.keypairs.find((k) => k.name === c.req.param('name'));
    if (!keypair) throw notFound(`Keypair ${c.req.param('name')} not found for user ${userId}`);
    return c.json({ keypair: renderKeypair(keypair) });
  });
  app.post('/os-keypairs', async (c) => {
    const { keypair: request } = await readBody(c, keypairBody);
    const { tenant, userId } = computeScope(c, store);
    const problem = checkKeypairName(request.name);
    if (problem) throw badRequest(describeKeypairNameProblem(problem));
    if (request.type === 'x509') throw badRequest('Only ssh key pairs are supported.');
    // A taken name is refused before any key is made (issue 12): generating an RSA pair is the
    // slow part of this request, and a 409 must not cost it.
    const taken = () => tenant.keypairs.some((k) => k.name === request.name);
    if (taken()) throw conflict(`Key pair '${request.name}' already exists.`);
    let publicKey: string;
    let fingerprint: string;
    let privateKey: string | undefined;
    let keyType = 'ssh';
    if (request.public_key !== undefined) {
      try {
        const parsed = parsePublicKey(request.public_key);
        publicKey = parsed.openssh;
        fingerprint = parsed.fingerprint;
      } catch (error) {
        throw badRequest(`Keypair data is invalid: ${(error as Error).message}.`);
      }
    } else {
      const generated = await generateKeypair();
      publicKey = generated.publicKey;
      fingerprint = generated.fingerprint;
      privateKey = generated.privateKey;
      keyType = 'ssh';
    }
    // And again after it: two requests racing for a name while keys were made cannot both win.
    if (taken()) throw conflict(`Key pair '${request.name}' already exists.`);
    const record = {
      id: store.state.nextKeypairId++,
      name: request.name,
      publicKey,
      fingerprint,
      type: keyType,
      userId,
      createdAt: store.now(),
    };
    tenant.keypairs.push(record);
    store.touch();
    return c.json({
      keypair: {
        fingerprint,
        name: record.name,
        public_key: publicKey,
        user_id: userId,
        type: keyType,
        ...(privateKey ? { private_key: privateKey } : {}),
      },
    });
  });
  app.delete('/os-keypairs/:name', (c) => {
    const { tenant, userId } = computeScope(c, store);
    const name = c.req.param('name');
    if (!tenant.keypairs.some((k) => k.name === name)) {
      throw notFound(`Keypair ${name} not found for user ${userId}`);
    }
    tenant.keypairs = tenant.keypairs.filter((k) => k.name !== name);
    store.touch();
    return c.body(null, 202);
  });
}
