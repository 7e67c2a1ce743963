/**
 * Faces engine: detection, five-point alignment, embedding, quality and 1:N search, framework-free.
 */
package org.tangier.faces;
