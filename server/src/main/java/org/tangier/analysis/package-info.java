/**
 * Analysis: the link graph across everything a caller's agency may see (records, notices, hits, operations), with
 * neighbourhoods, paths, components, communities and centrality computed by JGraphT. Reads the other parts only
 * through their public services; a node the caller's agency may not see is absent from every answer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package org.tangier.analysis;
