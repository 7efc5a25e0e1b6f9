/**
 * POST /servers: the body's shape (current guide: 인스턴스 생성하기). Only types and sizes here;
 * field values (source_type, destination_type, …) are judged by the domain's create rules, which
 * name the entry and the choices (compute-create.ts).
 */
import { z } from 'zod';

/** Integers may come as numbers or numeric strings (the OpenStack client sends boot_index "0"). */
const intLike = z.union([
  z.number().int('must be an integer'),
  z
    .string()
    .regex(/^-?\d+$/, 'must be an integer')
    .transform(Number),
]);
const boolLike = z
  .union([
    z.boolean(),
    z.literal(0),
    z.literal(1),
    z.enum(['true', 'false', 'True', 'False', '0', '1']),
  ])
  .transform((v) => v === true || v === 1 || v === 'true' || v === 'True' || v === '1');
const required = (what: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? 'is required' : `must be ${what}`,
});

// Field values (source_type, destination_type, …) are judged by the domain's rules, which name
// the entry and the choices; here only their types.
const bdmSchema = z.object({
  uuid: z.string().max(255).optional(),
  source_type: z.string().max(64).optional(),
  destination_type: z.string().max(64).optional(),
  volume_type: z.string().max(255).optional(),
  volume_size: intLike.optional(),
  delete_on_termination: boolLike.optional(),
  boot_index: z.union([intLike, z.null()]).optional(),
  device_name: z.string().max(255).nullable().optional(),
  nhn_encryption: z
    .object({ skm_appkey: z.string().min(1).max(255), skm_key_id: z.string().min(1).max(255) })
    .optional(),
});

const networkSchema = z.object({
  uuid: z.string().max(64).optional(),
  subnet: z.string().max(64).optional(),
  port: z.string().max(64).optional(),
  fixed_ip: z.string().max(64).optional(),
});

const hintsSchema = z.object({ group: z.string().max(64).optional() }).optional();

export const createSchema = z.object({
  server: z.object({
    name: z.string(required('a string')),
    imageRef: z.string().max(255).optional(),
    flavorRef: z
      .union([z.string().min(1), z.number().int()], required('a flavor id'))
      .transform(String),
    networks: z
      .array(networkSchema, required('a list of networks'))
      .min(1, 'must name at least one network'),
    key_name: z.string(required('the name of a key pair')).max(255),
    availability_zone: z.string().max(255).optional(),
    security_groups: z.array(z.object({ name: z.string().min(1).max(255) })).optional(),
    user_data: z.string().max(1_048_576).optional(),
    metadata: z.record(z.string(), z.string('values must be strings')).optional(),
    block_device_mapping_v2: z.array(bdmSchema).max(26).optional(),
    min_count: intLike.optional(),
    max_count: intLike.optional(),
    return_reservation_id: boolLike.optional(),
  }),
  // The guide's name, and the one stock OpenStack clients send.
  'os:scheduler_hints': hintsSchema,
  'OS-SCH-HNT:scheduler_hints': hintsSchema,
});

export type CreateServerBody = z.output<typeof createSchema>['server'];
export type Bdm = z.output<typeof bdmSchema>;
