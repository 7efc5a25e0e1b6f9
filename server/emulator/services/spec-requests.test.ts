/**
 * The guides' examples no other contract test reads (spec-examples.ts): the emulator accepts each
 * request example and answers the volume list in the shape of its example. Where a request example
 * holds a placeholder (`ssh-rsa ... Generated-by-Nova`, a volume of the guide's own tenant), a value
 * of the seed takes its place; the keys are the example's.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  KEYPAIR_CREATE_REQUEST,
  SERVER_UPDATE_REQUEST,
  VOLUME_ATTACH_REQUEST,
  VOLUMES_DETAIL,
} from '../spec-examples';
import { generateKeypair } from '../ssh-keys';
import { shapeMismatches, type TestClient, testClient } from '../testing';
import { getServer, serverByName, volumeByName } from './compute-test-support';

describe('the guides’ examples', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await testClient();
  });

  it('인스턴스 수정하기: the request example renames the server', async () => {
    const web01 = await serverByName(client, 'web-01');
    const res = await client.compute('PUT', `/servers/${web01.id}`, SERVER_UPDATE_REQUEST);
    expect(res.status).toBe(200);
    expect((await getServer(client, web01.id)).name).toBe(SERVER_UPDATE_REQUEST.server.name);
  });

  it('키페어 생성/등록하기: the request example (with a real public key) registers the key pair', async () => {
    const { publicKey } = await generateKeypair();
    const body = { keypair: { ...KEYPAIR_CREATE_REQUEST.keypair, public_key: publicKey } };
    const res = await client.compute('POST', '/os-keypairs', body);
    expect(res.status).toBe(200);
    expect(res.body.keypair.name).toBe(KEYPAIR_CREATE_REQUEST.keypair.name);
    // Registered, not generated: the key sent comes back and no private key does.
    expect(res.body.keypair.public_key).toBe(publicKey);
    expect(res.body.keypair).not.toHaveProperty('private_key');
    const shown = await client.compute(
      'GET',
      `/os-keypairs/${encodeURIComponent(KEYPAIR_CREATE_REQUEST.keypair.name)}`,
    );
    expect(shown.status).toBe(200);
  });

  it('인스턴스에 추가 블록 스토리지 연결하기: the request example (with a free volume) attaches it', async () => {
    const web01 = await serverByName(client, 'web-01');
    const free = await volumeByName(client, 'backup-vol');
    const body = {
      volumeAttachment: { ...VOLUME_ATTACH_REQUEST.volumeAttachment, volumeId: free.id },
    };
    const res = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, body);
    expect(res.status).toBe(200);
    expect(res.body.volumeAttachment.volumeId).toBe(free.id);
  });

  it('블록 스토리지 상세 목록 보기: the volume list has the example’s shape', async () => {
    const res = await client.blockStorage('GET', '/volumes/detail');
    expect(res.status).toBe(200);
    expect(res.body.volumes.length).toBeGreaterThan(0);
    expect(shapeMismatches(res.body, VOLUMES_DETAIL)).toEqual([]);
  });
});
