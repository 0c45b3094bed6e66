/**
 * The portal's clinical records: the encounter page (notes written, signed with a confirmation
 * step, amended; files uploaded and downloaded) and the encounter list on a patient's page. For
 * practitioners (who write) and clinic admins (who read); every read and write goes through the
 * records context, which enforces the same roles and audits each access.
 */
package com.clinova.web.portal.records;
